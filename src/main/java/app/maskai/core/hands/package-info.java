/**
 * Hands in a photo (issue 13 §1, things in front of the face): decoding the hand detector's output
 * into boxes in the image's pixels. Pure Java, no browser types.
 */
package app.maskai.core.hands;
