/** What a file's first bytes say it is: format and pixel size, read before anything is decoded. */
package app.maskai.core.image;
