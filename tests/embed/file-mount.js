// The single-file build's global API, from a classic script.
window.vpceHandle = window.vpceAdvisor.mount(document.getElementById('mounted'), { service: 'dynamodb', gbPerMonth: 200 });
