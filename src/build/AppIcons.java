// SPDX-License-Identifier: Apache-2.0
// MaskAI's installed-app icons. Single-file Java 17 program, run by the build at prepare-package:
//   java -Djava.awt.headless=true src/build/AppIcons.java target/site/icons
// Draws src/main/webapp/icon.svg's picture (a face in a surgical mask on blue, on a 64-unit
// grid) with Java2D at 192 and 512 px, plus a 512 px "maskable" icon: full-bleed blue with the
// picture shrunk into the central safe circle (radius 40 % of the size, W3C Web App Manifest,
// "icon masks"), so a launcher's round or squircle crop never cuts the face.

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

public final class AppIcons {

    private static final Color BLUE = new Color(0x2f6fde);
    private static final Color SKIN = new Color(0xf3d3bd);
    private static final Color MASK = new Color(0xe9f3ff);
    private static final Color PLEAT = new Color(0xb9cde6);
    private static final Color EYE = new Color(0x2d2a32);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java AppIcons.java <outDir>");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        write(icon(192, false), out.resolve("icon-192.png"));
        write(icon(512, false), out.resolve("icon-512.png"));
        write(icon(512, true), out.resolve("icon-maskable-512.png"));
        System.out.println("AppIcons: 3 icons into " + out);
    }

    private static BufferedImage icon(int size, boolean maskable) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 64.0, size / 64.0);
        g.setColor(BLUE);
        if (maskable) {
            g.fillRect(0, 0, 64, 64);
            // The picture spans about x 14..50, y 10..50; at 0.8 about the centre it lies within
            // the safe circle of radius 25.6 units.
            g.translate(32, 32);
            g.scale(0.8, 0.8);
            g.translate(-32, -32);
        } else {
            g.fill(new RoundRectangle2D.Double(0, 0, 64, 64, 28, 28));
        }
        g.setColor(SKIN);
        g.fill(new Ellipse2D.Double(32 - 17, 27 - 17, 34, 34));
        Path2D mask = new Path2D.Double();
        mask.moveTo(14, 28);
        mask.quadTo(32, 22, 50, 28);
        mask.lineTo(48, 40);
        mask.quadTo(32, 54, 16, 40);
        mask.closePath();
        g.setColor(MASK);
        g.fill(mask);
        g.setColor(PLEAT);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(mask);
        Path2D pleats = new Path2D.Double();
        pleats.moveTo(18, 32);
        pleats.quadTo(32, 29, 46, 32);
        pleats.moveTo(19, 37);
        pleats.quadTo(32, 34, 45, 37);
        g.draw(pleats);
        g.setColor(EYE);
        g.fill(new Ellipse2D.Double(24, 20, 4, 4));
        g.fill(new Ellipse2D.Double(36, 20, 4, 4));
        g.dispose();
        return image;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }
}
