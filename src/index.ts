/**
 * The package entry and the CDN bundle: registers every Aftercare element
 * and exports the JavaScript API.
 */
import './components/provider/define.js';
import './components/order-tracker/define.js';
import './components/review-prompt/define.js';
import './components/nps-survey/define.js';
import './components/return-wizard/define.js';
import './components/loyalty-badge/define.js';
import './components/order-journey/define.js';
import './components/recommendations/define.js';

export * from './api.js';
export { AcProvider } from './components/provider/define.js';
export { AcOrderTracker } from './components/order-tracker/define.js';
export { AcReviewPrompt } from './components/review-prompt/define.js';
export { AcNpsSurvey } from './components/nps-survey/define.js';
export { AcReturnWizard } from './components/return-wizard/define.js';
export { AcLoyaltyBadge } from './components/loyalty-badge/define.js';
export { AcOrderJourney } from './components/order-journey/define.js';
export { AcRecommendations } from './components/recommendations/define.js';
