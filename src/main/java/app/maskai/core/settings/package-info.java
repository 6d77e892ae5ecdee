/**
 * The person's settings (image quality, fitting sensitivity, default mask, theme, the privacy
 * policy version seen) as a validated value with a versioned JSON form, and the privacy policy's
 * Markdown rendered to escaped HTML. Never holds images or face data. Depends on
 * app.maskai.core.json and app.maskai.core.fit only.
 */
package app.maskai.core.settings;
