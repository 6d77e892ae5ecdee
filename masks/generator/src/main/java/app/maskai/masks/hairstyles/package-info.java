/**
 * The hairstyle-overlay generator, {@link app.maskai.masks.hairstyles.HairstyleArt}: hair drawn round
 * a canonical frontal face, one painter a cut, with the landmark anchors the app fits it by. May
 * depend on app.maskai.masks.draw, the face-template generator's placement and drawing helpers
 * (app.maskai.masks.templates: FacePose, Light, Mask, Blur, Dice, Strands, Relief's forms) and the
 * core's face layout; nothing depends on it.
 */
package app.maskai.masks.hairstyles;
