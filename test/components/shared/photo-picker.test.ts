import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { downscaleImage } from '../../../src/components/shared/downscale-image.js';
import { renderPhotoPicker, styles } from '../../../src/components/shared/photo-picker.js';
import { shadowQuery, shadowQueryAll, shownText } from '../../support/dom.js';
import { chooseFiles, imageSize, photoFile } from '../../support/photos.js';

/** A form with the picker, keeping what it reports as the wizard and the review form do. */
class PhotoHost extends LitElement {
  static override styles = styles;
  max = 3;
  photos: string[] = [];
  error?: string;
  readonly changes: { photos: string[]; error: string | undefined }[] = [];

  protected override render() {
    return renderPhotoPicker({
      id: 'item-photos',
      photos: this.photos,
      max: this.max,
      hint: 'A photo helps us sort it out faster.',
      error: this.error,
      onChange: (photos, error) => {
        this.changes.push({ photos, error });
        this.photos = photos;
        this.error = error;
        this.requestUpdate();
      },
    });
  }
}
customElements.define('test-photo-host', PhotoHost);

async function picker(options: Partial<Pick<PhotoHost, 'max' | 'photos'>> = {}): Promise<PhotoHost> {
  return fixture<PhotoHost>(
    html`<test-photo-host .max=${options.max ?? 3} .photos=${options.photos ?? []}></test-photo-host>`,
  );
}

const input = (element: PhotoHost) => shadowQuery<HTMLInputElement>(element, 'input[type="file"]')!;

/** Chooses files and waits for the picker to report them. */
async function choose(element: PhotoHost, files: File[]) {
  const before = element.changes.length;
  chooseFiles(input(element), files);
  await waitUntil(() => element.changes.length > before, 'the picker reported the photos', { timeout: 8000 });
  await element.updateComplete;
  return element.changes.at(-1)!;
}

const notAPhoto = () => new File(['just some notes'], 'notes.txt', { type: 'text/plain' });

describe('renderPhotoPicker', () => {
  it('offers a labelled file input for pictures, with the count and the hint', async () => {
    const element = await picker();
    const field = input(element);
    expect(field.accept).to.equal('image/*');
    expect(field.multiple).to.equal(true);
    expect(field.hasAttribute('capture'), 'the shopper chooses camera or gallery').to.equal(false);
    expect(field.disabled).to.equal(false);
    const label = shadowQuery<HTMLLabelElement>(element, `label[for="item-photos"]`)!;
    expect(label.textContent!.trim()).to.equal('Add photos (0/3)');
    expect(shadowQuery(element, `#${field.getAttribute('aria-describedby')}`)!.textContent).to.equal(
      'A photo helps us sort it out faster.',
    );
  });

  it('downscales a large photo to at most 1280 px a side, as a JPEG, and shows its preview', async () => {
    const element = await picker();
    const { photos, error } = await choose(element, [await photoFile(2400, 1600)]);
    expect(error).to.equal(undefined);
    expect(photos).to.have.length(1);
    expect(photos[0]!.startsWith('data:image/jpeg')).to.equal(true);
    expect(await imageSize(photos[0]!)).to.deep.equal({ width: 1280, height: 853 });
    const preview = shadowQuery<HTMLImageElement>(element, '.photos__item img')!;
    expect(preview.alt).to.equal('Photo 1');
    expect(preview.src).to.equal(photos[0]);
    expect(shownText(element)).to.contain('Add photos (1/3)');
  });

  it('clears the input, so choosing the same file again reports it again', async () => {
    const element = await picker();
    await choose(element, [await photoFile(100, 100)]);
    expect(input(element).value).to.equal('');
    expect(input(element).files!.length).to.equal(0);
  });

  it('keeps to the limit: adds what fits and says how many are allowed', async () => {
    const element = await picker({ max: 2 });
    const files = await Promise.all([1, 2, 3].map((n) => photoFile(64, 64, `photo-${n}.png`)));
    const { photos, error } = await choose(element, files);
    expect(photos).to.have.length(2);
    expect(error).to.equal('You can add up to 2 photos.');
    expect(shadowQuery(element, '[role="alert"]')!.textContent).to.equal('You can add up to 2 photos.');
    expect(input(element).disabled, 'a full picker takes no more').to.equal(true);
    expect(shadowQuery(element, '.photos__add--full')).to.not.equal(null);
  });

  it('counts the photos already there against the limit', async () => {
    const existing = await downscaleImage(await photoFile(32, 32));
    const element = await picker({ max: 2, photos: [existing] });
    const { photos, error } = await choose(element, [await photoFile(40, 40), await photoFile(50, 50)]);
    expect(photos).to.have.length(2);
    expect(photos[0]).to.equal(existing);
    expect(await imageSize(photos[1]!)).to.deep.equal({ width: 40, height: 40 });
    expect(error).to.equal('You can add up to 2 photos.');
  });

  it('reports a file it cannot read, and still adds the readable ones', async () => {
    const element = await picker();
    const { photos, error } = await choose(element, [notAPhoto(), await photoFile(80, 60)]);
    expect(photos).to.have.length(1);
    expect(error).to.equal('One of the files is not a photo we can read. Please choose a JPEG, PNG or HEIC picture.');
    expect(shadowQuery(element, '[role="alert"]')!.textContent).to.contain('not a photo we can read');
  });

  it('removes a photo with its remove button', async () => {
    const [first, second] = await Promise.all(
      [photoFile(20, 20), photoFile(30, 30)].map(async (f) => downscaleImage(await f)),
    );
    const element = await picker({ photos: [first!, second!] });
    const remove = shadowQueryAll<HTMLButtonElement>(element, '.photos__remove');
    expect(remove.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Remove photo 1',
      'Remove photo 2',
    ]);
    remove[1]!.click();
    expect(element.changes.at(-1)!.photos).to.deep.equal([first]);
    await element.updateComplete;
    expect(shadowQueryAll(element, '.photos__item')).to.have.length(1);
  });
});

describe('downscaleImage', () => {
  it('fits a tall photo into 1280 px by its height', async () => {
    expect(await imageSize(await downscaleImage(await photoFile(1000, 3000)))).to.deep.equal({
      width: 427,
      height: 1280,
    });
  });

  it('never enlarges a small photo', async () => {
    expect(await imageSize(await downscaleImage(await photoFile(300, 200)))).to.deep.equal({ width: 300, height: 200 });
  });

  it('takes another limit', async () => {
    expect(await imageSize(await downscaleImage(await photoFile(800, 400), 200))).to.deep.equal({
      width: 200,
      height: 100,
    });
  });

  it('rejects what is not an image', async () => {
    let failure: unknown;
    await downscaleImage(notAPhoto()).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(Error);
  });
});
