/**
 * The issue-6 benchmark ({@code mvn -Pbench verify}): MaskAI beside the reference pipeline in one
 * headless Chromium. Uses the browser-test harness ({@code app.maskai.it}, {@code app.maskai.serve}).
 */
package app.maskai.bench;
