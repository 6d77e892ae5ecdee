/**
 * The browser edge: small adapters from the pure core to TF.js, WebGL2, the DOM and files. This
 * package holds only the start-up class (MaskAiApp), the one place that wires the subpackages;
 * none of them depends on it. May depend on {@code app.maskai.core} and {@code org.teavm.jso};
 * the core never depends on this.
 */
package app.maskai.web;
