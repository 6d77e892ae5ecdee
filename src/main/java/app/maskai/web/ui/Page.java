package app.maskai.web.ui;

import app.maskai.core.command.CommandParser;
import app.maskai.core.command.CommandResult;
import app.maskai.core.command.Edits;
import app.maskai.core.command.Operation;
import app.maskai.core.style.PortraitStyle;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.pipeline.Face;
import app.maskai.core.session.PhotoSession.Change;
import app.maskai.core.session.PhotoSession;
import app.maskai.core.settings.Choice;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.masks.HairstyleLibrary;
import app.maskai.web.masks.TemplateLibrary;
import app.maskai.web.render.HairPaint;
import app.maskai.web.tryon.HeadHair;
import app.maskai.core.hair.HairColour;
import app.maskai.core.hair.HairstyleFit;
import app.maskai.web.photo.ResultExport;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tryon.Failures;
import app.maskai.web.tryon.TryOnEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.file.File;

/**
 * The photo page: wires the photo session to its views (photo input, mask gallery, result, fit
 * panel, status line) and draws the result, each face with its mask and adjustment, whenever the
 * session's photo, masks or adjustments change; {@link FaceFinder} brings the photos in.
 */
public final class Page {
    private final StatusLine status;
    private final PhotoSession<ImageBitmap> session = new PhotoSession<>(ImageBitmap::close);
    private final PhotoInput input = new PhotoInput(this::open);
    private final MaskGallery gallery = new MaskGallery(session::chooseMask);
    private final ResultView result;
    private final SessionView view;
    private final FaceFinder finder;
    private final HandsInFront hands;
    /** Download, Share and Compare of the result (web.photo), in the image-quality setting. */
    private final ResultExport export;

    private final Choice<FitSensitivity> sensitivity;
    private TryOnEngine engine;
    /** Each face's adjustment for the photo being opened by {@link #openAdjusted}, applied once it shows. */
    private List<FitAdjustment> pendingAdjustments;
    /** The portrait style drawn over the result (null: none) and its strength, 0..1. */
    private PortraitStyle style;
    private float styleStrength = PortraitStyle.DEFAULT_STRENGTH;
    /** Told when the style changes other than by its own controls (a command in words). */
    private final List<Runnable> styleListeners = new ArrayList<>();
    private final List<Runnable> facesListeners = new ArrayList<>();
    /** The template the faces are put into (null: none), once loaded; its id as chosen; which face. */
    private TemplateLibrary.Loaded template;
    private String templateId;
    private int templateFace = TryOnEngine.InTemplate.EACH;
    /** The hair colour (null: as it is) and its strength; each face's hair in the photo on show, once found. */
    private HairColour hair;
    private float hairStrength = HairColour.DEFAULT_STRENGTH;
    private JSPromise<List<HeadHair>> heads;
    private int headsGeneration = -1;
    /** The hairstyle on the faces (null: their own hair), once loaded; its id as chosen; choices counted. */
    private HairstyleLibrary.Loaded hairstyle;
    private String hairstyleId;
    private int hairstyleChoices;
    /** Counts template choices, so that a template still loading when another is chosen is dropped. */
    private int templateChoices;
    /** The states before each command in words, for "undo" (the last 20). */
    private final java.util.ArrayDeque<Edits> undo = new java.util.ArrayDeque<>();
    /** Told when the mask library changes (the batch's list of masks). */
    private final List<Runnable> masksListeners = new ArrayList<>();

    public Page(StatusLine status, Choice<FitSensitivity> sensitivity) {
        this.status = status;
        this.sensitivity = sensitivity;
        this.result = new ResultView(this::download, this::discard, this::clicked);
        this.export = new ResultExport(session, (message, error) -> {
            if (error) {
                status.sayError(message);
            } else {
                status.say(message);
            }
        });
        this.view = new SessionView(session, result, status, () -> engine.masks(), this::adjusted);
        this.finder = new FaceFinder(session, result, status, () -> engine);
        this.hands = new HandsInFront(status, () -> engine, () -> draw(false));
        session.listen(this::changed);
        sensitivity.listen(chosen -> {
            if (engine != null) {
                engine.setSensitivity(chosen);
                finder.findAgain();
            }
        });
    }

    /**
     * The models and masks are in: the person may choose a photo. The result's renderer is made
     * by {@code makeRenderer} on first need (the warm-up asks for it just after this; its WebGL2
     * context alone costs ~40 ms on 2 cores), null where the browser has no WebGL2.
     */
    public void ready(TryOnEngine engine, Supplier<MeshWarpRenderer> makeRenderer) {
        this.engine = engine;
        engine.setSensitivity(sensitivity.value());
        result.useRenderer(makeRenderer, () -> {
            if (session.hasPhoto()) {
                draw(false);
                status.say("The graphics were reset by the browser; the result was drawn again.");
            }
        }, status::sayError);
        status.loaded();
        masksChanged(null);
        input.enable();
        status.say("Ready. Choose a photo to try a mask on.");
    }

    /**
     * The library changed (a mask added or removed, or its default set): the photo's mask becomes
     * {@code select} where given and known, the gallery is rebuilt, and the result redrawn.
     */
    public void masksChanged(String select) {
        if (engine == null) {
            return;
        }
        List<String> known = new ArrayList<>();
        for (MaskLibrary.Entry entry : engine.masks().entries()) {
            known.add(entry.id);
        }
        session.masksChanged(known, select);
        gallery.show(engine.masks().entries(), session.maskId());
        for (Runnable listener : masksListeners) {
            listener.run();
        }
    }

    /** {@code listener} is run whenever the mask library changes. */
    public void onMasksChanged(Runnable listener) {
        masksListeners.add(listener);
    }

    public TryOnEngine engine() {
        return engine;
    }

    /** The photo's mask, as the gallery shows it (the live view draws it too). */
    public String maskId() {
        return session.maskId();
    }

    public ResultExport export() {
        return export;
    }

    /**
     * The portrait style for the photo on show and the next ones (null: none), at {@code strength}
     * (0..1); {@code settled}: the choice is made (said when drawn), not a slider still moving.
     */
    public void setStyle(PortraitStyle style, float strength, boolean settled) {
        boolean changed = style != this.style || (style != null && strength != styleStrength);
        this.style = style;
        this.styleStrength = PortraitStyle.clampStrength(strength);
        if (changed || settled) {
            if (settled) {
                status.say(style == null ? "No portrait style." : style.label + " at "
                        + Math.round(styleStrength * 100) + " %.");
            }
            draw(false);
        }
    }

    /**
     * Puts the faces of the photo on show, and of the next ones, into the template {@code id}
     * (null: none), {@code face} of them ({@link TryOnEngine.InTemplate#EACH}: each, side by side).
     * The template is loaded first (once); the photo is drawn again when it is.
     */
    public void setTemplate(String id, int face) {
        int choice = ++templateChoices;
        templateFace = face;
        if (id == null) {
            templateId = null;
            template = null;
            status.say("No template: the photo itself.");
            draw(false);
            return;
        }
        templateId = id;
        TemplateLibrary.load().flatThen(library -> {
            TemplateLibrary.Entry entry = library.find(id);
            if (entry == null) {
                return JSPromise.<TemplateLibrary.Loaded>reject(JsErrors.error("There is no template \"" + id + "\"."));
            }
            return entry.load();
        }).then(loaded -> {
            if (choice == templateChoices) {
                template = loaded;
                status.say("Face in the template: " + loaded.spec.name + ".");
                draw(false);
            }
            return null;
        }, error -> {
            if (choice == templateChoices) {
                templateId = null;
                template = null;
                status.sayError(JsErrors.messageOf((JSObject) error));
                for (Runnable listener : styleListeners) {
                    listener.run();
                }
            }
            return null;
        });
    }

    /**
     * Puts the hairstyle {@code id} (null: none, the person's own hair) on the faces of the photo on
     * show and of the next ones. It is loaded first (once); the photo is drawn again when it is.
     */
    public void setHairstyle(String id) {
        int choice = ++hairstyleChoices;
        if (id == null) {
            hairstyleId = null;
            hairstyle = null;
            status.say("Your own hair.");
            draw(false);
            return;
        }
        hairstyleId = id;
        HairstyleLibrary.load().flatThen(library -> {
            HairstyleLibrary.Entry entry = library.find(id);
            if (entry == null) {
                return JSPromise.<HairstyleLibrary.Loaded>reject(JsErrors.error("There is no hairstyle \"" + id
                        + "\"."));
            }
            return entry.load();
        }).then(loaded -> {
            if (choice == hairstyleChoices) {
                hairstyle = loaded;
                status.say("Hairstyle: " + loaded.spec.name + "." + (session.hasPhoto() ? turnNote(session.faces()) : ""));
                draw(false);
            }
            return null;
        }, error -> {
            if (choice == hairstyleChoices) {
                hairstyleId = null;
                hairstyle = null;
                status.sayError(JsErrors.messageOf((JSObject) error));
                for (Runnable listener : styleListeners) {
                    listener.run();
                }
            }
            return null;
        });
    }

    /**
     * What a person should know about a hairstyle on these faces: that a face is turned too far for
     * a front view to fit it well (its own hair is then left as it is), or "".
     */
    private static String turnNote(List<Face> faces) {
        float turned = 0;
        for (Face face : faces) {
            turned = Math.max(turned, HairstyleFit.turn(face.landmarks));
        }
        if (!(turned > HairstyleFit.MAX_HIDING_TURN)) {
            return "";
        }
        return " A face here is turned about " + Math.round(turned) + "°: hairstyles are front views and fit faces"
                + " turned less than " + Math.round(HairstyleFit.MAX_HIDING_TURN) + "° best, so its own hair is left"
                + " as it is.";
    }

    /** The hairstyle chosen (null: the person's own hair), which may still be loading. */
    public String hairstyleId() {
        return hairstyleId;
    }

    /**
     * Recolours the hair of the photo on show, and of the next ones, to {@code colour} (null: as it
     * is) at {@code strength} (0..1); {@code settled}: said when drawn (not while a slider moves).
     */
    public void setHair(HairColour colour, float strength, boolean settled) {
        boolean changed = colour != hair || (colour != null && strength != hairStrength);
        hair = colour;
        hairStrength = Math.max(0, Math.min(1, strength));
        if (changed || settled) {
            if (settled) {
                status.say(colour == null ? "Hair as it is." : "Hair: " + colour.name + " at "
                        + Math.round(hairStrength * 100) + " %.");
            }
            draw(false);
        }
    }

    public HairColour hair() {
        return hair;
    }

    public float hairStrength() {
        return hairStrength;
    }

    /** The template chosen (null: none), which may still be loading. */
    public String templateId() {
        return templateId;
    }

    /** Which face goes into the template ({@link TryOnEngine.InTemplate#EACH}: each). */
    public int templateFace() {
        return templateFace;
    }

    /** How many faces the photo on show has (0 without one). */
    public int faceCount() {
        return session.hasPhoto() ? session.faces().size() : 0;
    }

    /** The portrait style on show (null: none). */
    public PortraitStyle style() {
        return style;
    }

    public float styleStrength() {
        return styleStrength;
    }

    /** {@code listener} is run after each drawing of a photo (its faces may have changed). */
    public void onDrawn(Runnable listener) {
        facesListeners.add(listener);
    }

    /** {@code listener} is run when a command in words changes the style. */
    public void onStyleChanged(Runnable listener) {
        styleListeners.add(listener);
    }

    /**
     * Does what {@code typed} asks for (core.command.CommandParser), as the page's own controls
     * would, and returns what to say: what was done, and what was not understood or is not in
     * MaskAI yet. "undo" takes back the last command's changes.
     */
    public String command(CommandParser parser, String typed) {
        CommandResult parsed = parser.parse(typed);
        List<String> done = new ArrayList<>();
        List<String> notDone = new ArrayList<>();
        // In order: an "undo" after other changes in the same command takes those back; on its
        // own it takes back the command before.
        Edits base = edits();
        List<Operation> pending = new ArrayList<>();
        for (Operation op : parsed.operations) {
            if (op.kind != Operation.Kind.UNDO) {
                pending.add(op);
            } else if (!pending.isEmpty()) {
                pending.clear();
                done.add("the change before it taken back");
            } else if (!undo.isEmpty()) {
                base = undo.pop();
                done.add("the last change taken back");
            } else {
                notDone.add("undo (nothing to take back)");
            }
        }
        List<Face> faces = session.hasPhoto() ? session.faces() : List.of();
        double[] centreX = new double[faces.size()];
        double[] area = new double[faces.size()];
        for (int i = 0; i < faces.size(); i++) {
            centreX[i] = faces.get(i).x + faces.get(i).width / 2.0;
            area[i] = (double) faces.get(i).width * faces.get(i).height;
        }
        int said = done.size();
        Edits after = base.apply(pending, centreX, area, parser, done, notDone);
        if (done.size() > said) {
            undo.push(base);
            while (undo.size() > 20) {
                undo.removeLast();
            }
        }
        show(after);
        StringBuilder text = new StringBuilder();
        if (!done.isEmpty()) {
            text.append("Done: ").append(String.join(", ", done)).append('.');
        }
        if (!notDone.isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append("Not done: ").append(String.join(", ", notDone)).append('.');
        }
        String unclear = parsed.notUnderstood();
        if (!unclear.isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append(unclear);
        }
        if (text.length() == 0) {
            text.append("Type what to change, for example “red tartan mask, a bit bigger” or “sketch style”.");
        }
        return text.toString();
    }

    /** What a command can change, as the page shows it now. */
    private Edits edits() {
        List<FitAdjustment> adjustments = new ArrayList<>();
        if (session.hasPhoto()) {
            for (int i = 0; i < session.faces().size(); i++) {
                adjustments.add(session.adjustment(i));
            }
        }
        return new Edits(session.maskId(), adjustments, session.selected(), style == null ? null : style.id,
                styleStrength, hands.isOn(), templateId, hair == null ? null : hair.id, hairstyleId);
    }

    /** Shows {@code edits}: the photo's mask, each face's adjustment and the selection, the style, the template, the hands switch. */
    private void show(Edits edits) {
        if (!Objects.equals(edits.hairId, hair == null ? null : hair.id)) {
            hair = HairColour.byId(edits.hairId);
            for (Runnable listener : styleListeners) {
                listener.run();
            }
        }
        if (!Objects.equals(edits.hairstyleId, hairstyleId)) {
            setHairstyle(edits.hairstyleId);
            for (Runnable listener : styleListeners) {
                listener.run();
            }
        }
        if (!Objects.equals(edits.templateId, templateId)) {
            setTemplate(edits.templateId, templateFace);
            for (Runnable listener : styleListeners) {
                listener.run();
            }
        }
        if (edits.maskId != null && !edits.maskId.equals(session.maskId()) && engine != null
                && engine.masks().find(edits.maskId) != null) {
            session.chooseMask(edits.maskId);
            gallery.show(engine.masks().entries(), session.maskId());
        }
        if (session.hasPhoto() && edits.adjustments.size() == session.faces().size()) {
            for (int i = 0; i < edits.adjustments.size(); i++) {
                if (!edits.adjustments.get(i).equals(session.adjustment(i))) {
                    session.select(i);
                    session.adjust(edits.adjustments.get(i));
                }
            }
            session.select(edits.selected);
        }
        PortraitStyle chosen = PortraitStyle.byId(edits.styleId);
        if (chosen != style || edits.styleStrength != styleStrength) {
            style = chosen;
            styleStrength = edits.styleStrength;
            for (Runnable listener : styleListeners) {
                listener.run();
            }
        }
        hands.setOn(edits.hands);
        if (session.hasPhoto()) {
            view.showPanel();
            draw(true);
        }
    }

    /** Whether a photo is on show. */
    public boolean hasPhoto() {
        return session.hasPhoto();
    }

    /** Whether a photo was chosen in this visit (the warm-up then leaves the result canvas alone). */
    public boolean photoChosen() {
        return session.everLoaded();
    }

    /** The result's renderer, made now if it was not yet; null where the browser has no WebGL2 (or before ready). */
    public MeshWarpRenderer renderer() {
        return result.renderer();
    }

    /** A still from the camera (app.maskai.web.live): the photo path from face detection on. */
    public void openCapture(ImageBitmap bitmap, String name) {
        finder.openCapture(bitmap, name);
    }

    /** A photo from elsewhere than the picker or a drop (a paste): the photo path as for a chosen file. */
    public void open(File file) {
        pendingAdjustments = null;
        finder.open(file);
    }

    /**
     * A photo opened with each face's adjustment given (a batch's result: its masks and sizes), in
     * the order faces are found; the faces beyond the list keep the photo's mask.
     */
    public void openAdjusted(File file, List<FitAdjustment> adjustments) {
        finder.open(file);
        pendingAdjustments = new ArrayList<>(adjustments);
    }

    /** Draws the result anew when the photo on show or its mask changed, or says it was discarded. */
    private void changed(Change change) {
        switch (change) {
            case SHOWN:
                applyPendingAdjustments();
                view.showPanel();
                if (renderer() == null) {
                    result.busy(false);
                    status.sayError("This browser has no WebGL2, so the mask cannot be drawn. Faces found: "
                            + session.faces().size() + ".");
                    return;
                }
                result.reveal();
                draw(true);
                break;
            case MASK:
                if (session.hasPhoto()) {
                    view.showPanel();
                    view.announce();
                    draw(true);
                }
                break;
            case DISCARDED:
                result.clear();
                break;
            default:
                break;
        }
    }

    private void applyPendingAdjustments() {
        List<FitAdjustment> adjustments = pendingAdjustments;
        pendingAdjustments = null;
        if (adjustments == null || adjustments.isEmpty()) {
            return;
        }
        int faces = Math.min(adjustments.size(), session.faces().size());
        for (int i = 0; i < faces; i++) {
            session.select(i);
            session.adjust(adjustments.get(i));
        }
        session.select(0);
    }

    /** The fit panel changed the selected face: redrawn, and said when the change shows beyond a slider. */
    private void adjusted(FitAdjustment adjustment) {
        if (!session.hasPhoto()) {
            return;
        }
        FitAdjustment before = session.adjustment(session.selected());
        session.adjust(adjustment);
        boolean visibleChange = before.enabled != adjustment.enabled
                || !Objects.equals(before.maskId, adjustment.maskId)
                || adjustment.movesNothing() && !before.movesNothing();
        view.showPanel();
        if (visibleChange) {
            view.announce();
        }
        draw(visibleChange);
    }

    /**
     * Draws the photo on show, each face with its mask and adjustment, once the masks' textures
     * are at hand; {@code speak}: says the result when drawn (not while a slider moves). The stage
     * stays busy until then.
     */
    private void draw(boolean speak) {
        if (!session.hasPhoto() || renderer() == null) {
            return;
        }
        // Each face's mask is fixed now: the library may change (a custom mask replaced) while
        // textures load, and the drawing must use what it loaded.
        List<Face> faces = session.faces();
        List<MaskLibrary.Entry> masks = new ArrayList<>();
        List<FitAdjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            masks.add(engine.masks().find(session.maskOf(i, id -> engine.masks().find(id) != null)));
            adjustments.add(session.adjustment(i));
        }
        int load = session.generation();
        ImageBitmap photo = session.photo();
        HairColour colour = hair;
        float strength = hairStrength;
        HairstyleLibrary.Loaded newHair = hairstyle;
        JSPromise<List<HeadHair>> hairFound = JSPromise.resolve(null);
        if ((colour != null || newHair != null) && engine != null) {
            if (heads == null || headsGeneration != load) {
                headsGeneration = load;
                heads = engine.hair(photo, faces).flatCatchError(error -> {
                    heads = null; // looked for again on the next drawing
                    return JSPromise.reject(error);
                });
            }
            hairFound = heads;
        }
        JSPromise<List<HeadHair>> found = hairFound;
        TryOnEngine.styles(masks, adjustments).flatThen(styles -> hands.occluders(load, photo, faces).flatThen(
                occluders -> found.then(headHair -> {
            if (!session.isCurrent(load)) {
                return null;
            }
            HairPaint painted = headHair == null || newHair != null ? null : HeadHair.paint(headHair, colour, strength);
            try {
                renderer().setStyle(style, styleStrength);
                renderer().setHairstyles(newHair == null ? null : HeadHair.overlays(newHair, faces, headHair, colour));
                TryOnEngine.InTemplate inTemplate = template == null ? null
                        : new TryOnEngine.InTemplate(template, templateFace, true);
                engine.render(renderer(), photo, faces, styles, true, occluders, inTemplate, painted);
                if (newHair != null && speak && !turnNote(faces).isEmpty()) {
                    status.say(turnNote(faces).trim());
                }
                if (painted != null && painted.count() == 0 && speak && newHair == null) {
                    status.say("No hair was found to colour in this photo.");
                }
                result.drawn();
                if (inTemplate == null) {
                    view.markSelected();
                } else {
                    result.mark(null, 1, 1); // the result is the template: the photo's face boxes are not where it shows them
                }
                for (Runnable listener : facesListeners) {
                    listener.run();
                }
                if (speak) {
                    view.announce();
                }
            } catch (Throwable failure) {
                status.sayError("The result could not be drawn: " + Failures.message(failure));
            }
            result.busy(false);
            return null;
        }))).catchError(error -> {
            result.busy(false);
            status.sayError(JsErrors.messageOf((JSObject) error));
            return null;
        });
    }

    private void clicked(double x, double y) {
        if (template == null) {
            view.clicked(x, y);
        }
    }

    private void download() {
        if (session.hasPhoto()) {
            export.download();
        }
    }

    private void discard() {
        session.discard();
        result.busy(false); // whatever was still being read, found or drawn is dropped with it
        status.say("Photo discarded. Nothing of it is kept.");
        input.clearAndFocus();
    }
}
