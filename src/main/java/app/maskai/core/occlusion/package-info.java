/**
 * What is in front of a photo's masks (issue 13 §1): which found hands reach a face, where each is
 * matted, and the hands' and hair's mattes joined into the one matte the renderer draws the photo
 * back through. Pure Java, no browser types; the mattes themselves are core.hands.HandMatte and
 * core.hair.HairMatte.
 */
package app.maskai.core.occlusion;
