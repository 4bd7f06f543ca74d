import { expect } from '@open-wc/testing';
import {
  confirmationPart,
  FLOW,
  laterChunk,
  STEPS,
  stepEntry,
} from '../../../src/components/return-wizard/step-registry.js';
import type { StepChunk } from '../../../src/components/return-wizard/steps/step-context.js';
import type { StepName } from '../../../src/components/return-wizard/wizard-state.js';
import type { LazyPart } from '../../../src/core/lazy.js';
import { setLocale, SUPPORTED_LOCALES } from '../../../src/core/localization.js';

/** Each chunk once, with the steps that name it. */
function chunks(): Map<LazyPart<StepChunk>, StepName[]> {
  const byChunk = new Map<LazyPart<StepChunk>, StepName[]>();
  for (const step of STEPS) {
    if (step.chunk) byChunk.set(step.chunk, [...(byChunk.get(step.chunk) ?? []), step.name]);
  }
  return byChunk;
}

describe('return wizard step registry', () => {
  afterEach(() => setLocale('en'));

  it('lists the steps in the order the shopper walks them', () => {
    expect(STEPS.map((step) => step.name)).to.deep.equal([
      'identify',
      'items',
      'resolution',
      'method',
      'review',
      'done',
    ]);
  });

  it('has the steps with a form as the flow, between finding the order and the confirmation', () => {
    expect(FLOW).to.deep.equal(['items', 'resolution', 'method', 'review']);
    expect(FLOW).to.deep.equal(STEPS.filter((step) => step.chunk).map((step) => step.name));
  });

  it('finds each step’s entry by name, and falls back to the first', () => {
    for (const step of STEPS) expect(stepEntry(step.name)).to.equal(step);
    expect(stepEntry('no-such-step' as StepName).name).to.equal('identify');
  });

  it('has a view that renders for every step, in the chunk that step names', async () => {
    const byChunk = chunks();
    expect(byChunk.size, 'the items step loads apart from the later ones').to.equal(2);
    for (const [chunk, names] of byChunk) {
      const module = await chunk.load();
      for (const name of names) {
        expect(module.steps[name], `a view for "${name}"`).to.not.equal(undefined);
        expect(module.steps[name]!.render, `"${name}" renders`).to.be.a('function');
        const problems = module.steps[name]!.problems;
        if (problems) expect(problems, `"${name}" problems`).to.be.a('function');
      }
      // A view in a chunk no step names would never be shown.
      expect(Object.keys(module.steps).sort()).to.deep.equal([...names].sort());
      expect(module.styles, 'the chunk brings its styles').to.not.equal(undefined);
    }
  });

  it('checks the form steps that can be wrong: items, resolution and method', async () => {
    const checked: StepName[] = [];
    for (const [chunk, names] of chunks()) {
      const module = await chunk.load();
      checked.push(...names.filter((name) => module.steps[name]!.problems));
    }
    expect(checked).to.have.members(['items', 'resolution', 'method']);
  });

  it('loads the request builder with the later steps, and the confirmation apart', async () => {
    const later = await laterChunk.load();
    expect(later.buildRequest).to.be.a('function');
    expect(later.submissionFor).to.be.a('function');
    const confirmation = await confirmationPart.load();
    expect(confirmation.renderConfirmationStep).to.be.a('function');
    expect(confirmation.styles).to.not.equal(undefined);
  });

  const english = () => STEPS.map((step) => step.title());

  for (const locale of SUPPORTED_LOCALES) {
    it(`titles every step in ${locale}, each differently`, async () => {
      const source = english();
      await setLocale(locale);
      const titles = STEPS.map((step) => step.title().trim());
      for (const [index, title] of titles.entries()) {
        expect(title, STEPS[index]!.name).to.not.equal('');
        if (locale !== 'en') expect(title, `${STEPS[index]!.name} is translated`).to.not.equal(source[index]);
      }
      expect(new Set(titles).size).to.equal(STEPS.length);
    });
  }
});
