/**
 * Many photos at once (issue 14 §1): the ZIP file their results are saved in. Pure Java, no
 * browser types: the page hands each result's bytes to {@link app.maskai.core.batch.ZipWriter}
 * and puts the headers it returns and the results' own Blobs one after another into one Blob.
 */
package app.maskai.core.batch;
