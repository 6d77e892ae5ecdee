package app.maskai.it;

/**
 * JavaScript helpers that {@link Browser#call} puts in scope of every page script, as
 * {@code T.*}. They make test images from the files under /__test__/ (the test data that
 * {@link LiveSite} mounts) with exact transforms, and read pixels back.
 */
final class PageScripts {
    private PageScripts() {
    }

    static final String PRELUDE = """
            const T = {
              /** A file of the test data (src/test/resources/testdata) as a Blob. */
              async blob(path) {
                const response = await fetch('/__test__/' + path);
                if (!response.ok) throw new Error('test data ' + path + ': HTTP ' + response.status);
                return response.blob();
              },
              /** Decoded pixels, exactly as stored (no colour conversion, no premultiplication). */
              async bitmap(pathOrBlob) {
                const blob = typeof pathOrBlob === 'string' ? await T.blob(pathOrBlob) : pathOrBlob;
                return createImageBitmap(blob, {premultiplyAlpha: 'none', colorSpaceConversion: 'none'});
              },
              canvas(width, height) {
                const c = document.createElement('canvas');
                c.width = width;
                c.height = height;
                return c;
              },
              /**
               * The source turned clockwise by quarterTurns × 90°, pixels moved exactly (no
               * resampling) onto a canvas the size of the turned image. A point (x, y) lands at
               * q=1: (h - y, x); q=2: (w - x, h - y); q=3: (y, w - x).
               */
              rotated(source, quarterTurns) {
                const q = ((quarterTurns % 4) + 4) % 4, w = source.width, h = source.height;
                const c = T.canvas(q % 2 ? h : w, q % 2 ? w : h);
                const ctx = c.getContext('2d');
                ctx.imageSmoothingEnabled = false;
                ctx.translate([0, h, w, 0][q], [0, 0, h, w][q]);
                ctx.rotate(q * Math.PI / 2);
                ctx.drawImage(source, 0, 0);
                return c;
              },
              /**
               * A group photo: the source at full size on the left half, and on the right half a
               * copy scaled so that its face (faceWidth wide, centred at faceCentre in the source)
               * is a tenth of the photo's width, that face centred in the right half. A point p of
               * the copy lands at p * scale + (dx, dy).
               */
              groupPhoto(source, faceWidth, faceCentre) {
                const width = 2 * source.width, height = source.height;
                const c = T.canvas(width, height);
                const ctx = c.getContext('2d');
                ctx.fillStyle = '#808080';
                ctx.fillRect(0, 0, width, height);
                ctx.drawImage(source, 0, 0);
                const scale = width / 10 / faceWidth;
                const dx = Math.round(1.5 * source.width - faceCentre[0] * scale);
                const dy = Math.round(height / 2 - faceCentre[1] * scale);
                ctx.save();
                ctx.beginPath();
                ctx.rect(source.width, 0, width - source.width, height);
                ctx.clip();
                ctx.drawImage(source, dx, dy, source.width * scale, source.height * scale);
                ctx.restore();
                return {canvas: c, scale, dx, dy};
              },
              /** RGBA ImageData of an image, bitmap or canvas at its own size. */
              pixels(source) {
                const c = T.canvas(source.width, source.height);
                const ctx = c.getContext('2d', {willReadFrequently: true});
                ctx.drawImage(source, 0, 0);
                return ctx.getImageData(0, 0, source.width, source.height);
              },
              /**
               * A built-in mask's texture as RGBA ImageData (spec: its metadata): the texture's
               * pixels, with the alpha channel of the image that spec.textureAlpha names where
               * there is one (docs/CONTRACTS.md: the colour is then a JPEG).
               */
              async maskTexture(spec) {
                const file = async name => T.pixels(await T.bitmap(await (await fetch('masks/' + name)).blob()));
                const texture = await file(spec.texture);
                if (spec.textureAlpha) {
                  const alpha = await file(spec.textureAlpha);
                  if (alpha.width !== texture.width || alpha.height !== texture.height) {
                    throw new Error(spec.textureAlpha + ' is not the size of ' + spec.texture);
                  }
                  for (let i = 3; i < texture.data.length; i += 4) texture.data[i] = alpha.data[i];
                }
                return texture;
              },
              /** Typed arrays as plain arrays, so that WebDriver can carry the value back. */
              plain(value) {
                return JSON.parse(JSON.stringify(value,
                    (k, v) => ArrayBuffer.isView(v) ? Array.from(v) : v));
              },
              /** Random bytes with an image type: a corrupt photo. */
              garbage(length, type) {
                const bytes = new Uint8Array(length);
                let seed = 12345;
                for (let i = 0; i < length; i++) {
                  seed = (seed * 1103515245 + 12345) >>> 0;
                  bytes[i] = seed >>> 24;
                }
                return new Blob([bytes], {type});
              },
            };
            """;
}
