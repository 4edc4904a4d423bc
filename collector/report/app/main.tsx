import { render } from 'preact';
import { App } from './app';
// Concatenated, in this order, into dist/report/report.css by the build (rollup.config.mjs).
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/figures.css';
import './styles/tables.css';
import './styles/feedback.css';

render(<App />, document.getElementById('app')!);
