// mount(el, options) from the static bundle, for pages that do not want the element.
import { mount } from '../../dist/static/vpce-advisor.js';

window.vpceHandle = mount(document.getElementById('mounted'), { service: 'dynamodb', gbPerMonth: 200 });
