// What an app does after `npm install vpce-advisor`: importing the package registers
// <vpce-advisor>; mount() draws the same widget into any element.
import { mount } from 'vpce-advisor';

window.vpceHandle = mount(document.getElementById('mounted'), { service: 'dynamodb', gbPerMonth: 200 });
