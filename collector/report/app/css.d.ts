// Stylesheets are imported for their side effect: the build collects them into report.css.
declare module '*.css' {}
