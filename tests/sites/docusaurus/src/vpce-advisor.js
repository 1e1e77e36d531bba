// Client-only: the custom element needs a browser, so the package is imported only there.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

if (ExecutionEnvironment.canUseDOM) import('vpce-advisor');
