// What every page pays before any widget: the JavaScript API and <ac-provider>.
import '../src/components/provider/define.js';
export * from '../src/api.js';
