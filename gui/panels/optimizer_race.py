"""Optimizer race: the same network trained with several optimizers from the same start.

Pick 2 to 7 optimizers, each with its learning rate and settings, and press Run: each
trains a copy of the workspace's network from its *initial* weights (the ones Reset
keeps), with the workspace's batch size and seed, so every racer sees the same batches in
the same order (engine.train.race). They run in lock-step in a background thread; the
panel shows their loss and accuracy curves overlaid (validation solid, training
dotted), their trajectories on one shared loss landscape (the plane of the first two
principal directions of all trajectories together, centred on the common start), their
decision boundaries side by side for 2D data, and the winner by validation loss with
the time each took.

The second tab races the same optimizers as points on two classic test surfaces
(engine.train.surfaces): Rosenbrock's narrow curved valley and a saddle.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from engine.data.dataset import encode_targets
from engine.nn.network import Network
from engine.teach import figures, landscape
from engine.train import optimizers, surfaces
from engine.train.race import MAX_RACERS, MIN_RACERS, Entry, Race
from engine.train.trainer import TrainConfig
from gui import colors
from gui.i18n import dataset_name, engine_text, translate
from gui.panels.common import Canvas, LivePanel, Model, current_model
from gui.panels.loss_landscape import (
    LANDSCAPE_LUT,
    MAX_SAMPLES,
    Contour,
    contour_levels,
    contour_segments,
)
from gui.stream import Stream

RACER_COLORS = [
    (31, 119, 180),
    (214, 39, 40),
    (44, 160, 44),
    (148, 103, 189),
    (255, 127, 14),
    (23, 190, 207),
    (140, 86, 75),
]
DEFAULT_ROWS = [  # optimizer, lr, settings, checked
    ("sgd", 0.1, "", True),
    ("momentum", 0.05, "momentum=0.9", True),
    ("adam", 0.01, "", True),
    ("rmsprop", 0.005, "", False),
    ("nesterov", 0.05, "momentum=0.9", False),
    ("adagrad", 0.1, "", False),
    ("adadelta", 1.0, "", False),
]
BOUNDARY_RESOLUTION = 48
LANDSCAPE_RESOLUTION = 33
SURFACE_STEPS_PER_TICK = 4


@dataclass
class RaceView:
    """What the background thread hands over after each epoch (copies)."""

    labels: list[str]
    curves: list[dict]  # per racer: epoch, loss, accuracy, val_loss, val_accuracy (lists)
    seconds: list[float]
    stopped: list[str | None]
    finished: bool
    winner: int | None  # index of the racer with the lowest validation loss
    boundaries: list[np.ndarray] | None  # per racer: class probabilities (r, r, k)
    bounds: tuple | None
    grid: landscape.Grid | None = None
    log_loss: np.ndarray | None = None
    levels: np.ndarray | None = None
    lines: list | None = None
    coords: list[np.ndarray] | None = None  # per racer (T_i, 2)
    explained: tuple | None = None


def race_views(race: Race, X, Y, bounds, stop):
    """Generator: a RaceView after each epoch, then the shared landscape coarse to fine."""
    net0 = race.racers[0].trainer.network

    def view(finished: bool) -> RaceView:
        boundaries = None
        if bounds is not None:
            boundaries = [
                figures.plane_maps(
                    r.trainer.network.weights,
                    r.trainer.network.biases,
                    r.trainer.network.activations,
                    bounds,
                    BOUNDARY_RESOLUTION,
                ).probabilities
                for r in race.racers
            ]
        winner = race.winner() if finished else None
        keys = ("epoch", "loss", "accuracy", "val_loss", "val_accuracy")
        return RaceView(
            [r.label for r in race.racers],
            [{k: list(r.history[k]) for k in keys} for r in race.racers],
            [r.seconds for r in race.racers],
            [r.trainer.stopped_because for r in race.racers],
            finished,
            None if winner is None else race.racers.index(winner),
            boundaries,
            bounds,
        )

    yield view(False)
    for _ in race.run():
        if stop():
            return
        yield view(False)
    done = view(True)
    trajectories = race.trajectories()
    try:
        directions = landscape.pca_directions(np.vstack(trajectories), race.start)
    except ValueError:
        yield done
        return
    coords = [landscape.project(t, race.start, directions) for t in trajectories]
    span = landscape.trajectory_span(np.vstack(coords))
    start = Network(
        net0.sizes,
        net0.activations,
        net0.loss,
        *landscape.unflatten(race.start.astype(net0.dtype).copy(), net0.sizes),
    )
    for grid in landscape.refine(
        start, X, Y, directions, LANDSCAPE_RESOLUTION, span, race.start, should_stop=stop
    ):
        log_loss = np.log10(np.maximum(grid.loss, 1e-12))
        levels = contour_levels(log_loss)
        yield replace(
            done,
            grid=grid,
            log_loss=log_loss,
            levels=levels,
            lines=contour_segments(log_loss, grid.alphas, grid.betas, levels),
            coords=coords,
            explained=directions.explained,
        )


class RacerRow:
    """One row of the optimizer table: on/off, optimizer, learning rate, settings."""

    def __init__(self, table: QtWidgets.QGridLayout, i: int, name, lr, hyper, on) -> None:
        self.enabled = QtWidgets.QCheckBox()
        self.enabled.setChecked(on)
        self.optimizer = QtWidgets.QComboBox()
        self.optimizer.addItems(list(optimizers.OPTIMIZERS))
        self.optimizer.setCurrentText(name)
        self.lr = QtWidgets.QDoubleSpinBox()
        self.lr.setDecimals(5)
        self.lr.setRange(1e-5, 100.0)
        self.lr.setStepType(QtWidgets.QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.lr.setValue(lr)
        self.hyper = QtWidgets.QLineEdit(hyper)
        self.hyper.setPlaceholderText(translate("RacerRow", "e.g. momentum=0.9"))
        swatch = QtWidgets.QLabel(colors.swatch_html(RACER_COLORS[i], ""))
        for col, widget in enumerate((self.enabled, swatch, self.optimizer, self.lr, self.hyper)):
            table.addWidget(widget, i + 1, col)

    def entry(self) -> Entry:
        """The row as an Entry (ValueError with the reason if a setting is wrong)."""
        hyper = {}
        for part in self.hyper.text().replace(";", ",").split(","):
            if not part.strip():
                continue
            key, sep, value = part.partition("=")
            try:
                hyper[key.strip()] = float(value)
            except ValueError:
                sep = ""
            if not sep:
                raise ValueError(
                    translate(
                        "RacerRow", "write settings as key=number, e.g. momentum=0.9, not {0!r}"
                    ).format(part)
                )
        entry = Entry(self.optimizer.currentText(), float(self.lr.value()), hyper)
        entry.check()
        return entry


class OptimizerRace(LivePanel):
    """Panel `optimizerRace`: optimizers from the same start, side by side."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, "optimizerRace", parent)
        self.stream: Stream | None = None
        self.view: RaceView | None = None
        self.race: Race | None = None  # the last race started (its trainers are its own)

        # -- the choice of racers
        table = QtWidgets.QGridLayout()
        for col, title in enumerate(
            (
                "",
                "",
                translate("OptimizerRace", "optimizer"),
                translate("OptimizerRace", "learning rate"),
                translate("OptimizerRace", "settings"),
            )
        ):
            table.addWidget(QtWidgets.QLabel(f"<b>{title}</b>"), 0, col)
        self.rows = [RacerRow(table, i, *row) for i, row in enumerate(DEFAULT_ROWS)]
        self.epochs = QtWidgets.QSpinBox()
        self.epochs.setObjectName("raceEpochs")
        self.epochs.setRange(1, 10_000)
        self.epochs.setValue(30)
        self.run_button = QtWidgets.QPushButton(translate("OptimizerRace", "Run"))
        self.run_button.setObjectName("raceRun")
        self.run_button.clicked.connect(self.toggle)
        run_row = QtWidgets.QHBoxLayout()
        run_row.addWidget(QtWidgets.QLabel(translate("OptimizerRace", "epochs")))
        run_row.addWidget(self.epochs)
        run_row.addWidget(self.run_button)
        run_row.addStretch(1)
        self.start_note = QtWidgets.QLabel("")
        self.start_note.setWordWrap(True)
        self.results = QtWidgets.QLabel("")
        self.results.setObjectName("raceResults")
        self.results.setWordWrap(True)
        self.results.setTextFormat(QtCore.Qt.TextFormat.RichText)
        side = QtWidgets.QVBoxLayout()
        side.addLayout(table)
        side.addLayout(run_row)
        side.addWidget(self.start_note)
        side.addWidget(self.results)
        side.addStretch(1)
        side_widget = QtWidgets.QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(360)

        # -- the network race
        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.loss_plot = self.canvas.addPlot(row=0, col=0)
        self.acc_plot = self.canvas.addPlot(row=0, col=1)
        self.land_plot = self.canvas.addPlot(
            row=1, col=0, title=translate("OptimizerRace", "shared landscape")
        )
        for plot in (self.loss_plot, self.acc_plot, self.land_plot):
            colors.style_plot(plot, still=plot is self.land_plot)
        self.loss_plot.setTitle(
            translate("OptimizerRace", "loss (solid: validation, dotted: training)"), size="9pt"
        )
        self.acc_plot.setTitle(translate("OptimizerRace", "accuracy"), size="9pt")
        self.loss_plot.setLabel("bottom", translate("OptimizerRace", "epoch"))
        self.acc_plot.setLabel("bottom", translate("OptimizerRace", "epoch"))
        self.land_image = pg.ImageItem(axisOrder="row-major")
        self.land_image.setLookupTable(LANDSCAPE_LUT)
        self.land_plot.addItem(self.land_image)
        self.contours = Contour(pen=pg.mkPen((255, 255, 255, 150)))
        self.land_plot.addItem(self.contours)
        self.boundary_layout = self.canvas.addLayout(row=1, col=1)
        self.canvas.ci.layout.setColumnStretchFactor(0, 3)
        self.canvas.ci.layout.setColumnStretchFactor(1, 2)
        self.curves: list[tuple] = []
        self.paths: list[pg.PlotDataItem] = []
        self.heads: list[pg.ScatterPlotItem] = []
        self.boundary_images: list[pg.ImageItem] = []
        for i in range(MAX_RACERS):
            color = RACER_COLORS[i]
            solid, dotted = (
                pg.mkPen(color, width=2),
                pg.mkPen(color, width=1.2, style=QtCore.Qt.PenStyle.DotLine),
            )
            self.curves.append(
                (
                    self.loss_plot.plot(pen=solid),
                    self.loss_plot.plot(pen=dotted),
                    self.acc_plot.plot(pen=solid),
                    self.acc_plot.plot(pen=dotted),
                )
            )
            path = pg.PlotDataItem(pen=pg.mkPen(color, width=2))
            head = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(*color), pen=pg.mkPen("w"))
            self.land_plot.addItem(path)
            self.land_plot.addItem(head)
            self.paths.append(path)
            self.heads.append(head)
        self.start_marker = pg.ScatterPlotItem(
            size=12, symbol="s", brush=pg.mkBrush(255, 255, 255), pen=pg.mkPen("k", width=1.5)
        )
        self.land_plot.addItem(self.start_marker)
        network_tab = QtWidgets.QWidget()
        nl = QtWidgets.QVBoxLayout(network_tab)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.canvas)

        # -- the test surfaces
        self.surface_view = SurfaceRace(self)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(network_tab, translate("OptimizerRace", "Network"))
        self.tabs.addTab(self.surface_view, translate("OptimizerRace", "Test surfaces"))

        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(side_widget)
        layout.addWidget(self.tabs, 1)
        self.follow(budget=0.02)
        self.rebuild()

    # -- choosing ----------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """The checked rows as Entries; ValueError naming the row that is wrong."""
        out = []
        for i, row in enumerate(self.rows):
            if row.enabled.isChecked():
                try:
                    out.append(row.entry())
                except ValueError as e:
                    raise ValueError(f"row {i + 1} ({row.optimizer.currentText()}): {e}") from None
        if not MIN_RACERS <= len(out) <= MAX_RACERS:
            raise ValueError(f"tick {MIN_RACERS} to {MAX_RACERS} optimizers (now {len(out)})")
        return out

    def rebuild(self, model: Model | None = None) -> None:
        self.model = model or current_model(self.state)
        self.stop()
        self.start_note.setText(self._start_text())

    def redraw(self, model: Model, snapshot) -> None:
        pass  # the race runs on its own copies; the workspace's training does not change it

    def _start_text(self) -> str:
        ws = self.state
        if ws.network is None or ws.dataset is None:
            return translate("OptimizerRace", "No network yet.")
        c = getattr(ws, "config", None)
        batch = (
            translate("OptimizerRace", "batches of {0}, seed {1}").format(c.batch_size, c.seed)
            if c is not None
            else ""
        )
        return translate(
            "OptimizerRace",
            "Every racer trains {0} on {1} from the workspace's initial weights (the ones Reset "
            "keeps), {2}: the same start and the same batches for all.",
        ).format(ws.network.describe(), dataset_name(ws.dataset.name), batch)

    # -- running ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.stream is not None

    def toggle(self) -> None:
        if self.running:
            self.stop()
            self.results.setText(self.results.text() + "<br>Stopped.")
        else:
            self.run()

    def stop(self) -> None:
        if self.stream is not None:
            stream, self.stream = self.stream, None
            stream.latest.disconnect()
            stream.done.disconnect()
            stream.finish()
        self.run_button.setText(translate("OptimizerRace", "Run"))

    def shutdown(self) -> None:
        """Stop the race and the surface animation (the window closes)."""
        self.stop()
        self.surface_view.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

    def _race(self, entries: list[Entry]) -> Race:
        ws = self.state
        net = ws.network
        initial = getattr(ws, "initial_weights", None)
        if initial is None or [p.shape for p in initial] != [p.shape for p in net.params]:
            model = current_model(ws)
            initial = [a for pair in zip(model.weights, model.biases, strict=True) for a in pair]
        start = Network(
            net.sizes,
            net.activations,
            net.loss,
            [np.array(a) for a in initial[0::2]],
            [np.array(a) for a in initial[1::2]],
        )
        base = getattr(ws, "config", None) or TrainConfig(batch_size=16)
        config = replace(
            base,
            epochs=int(self.epochs.value()),
            target_loss=None,
            target_error=None,
            min_update_norm=None,
            patience=None,
            max_seconds=None,
            schedule_params=dict(base.schedule_params),
            optimizer_params={},
        )
        return Race(start, ws.dataset, config, entries)

    def run(self) -> None:
        self.stop()
        ws = self.state
        if ws.network is None or ws.dataset is None:
            self.results.setText(translate("OptimizerRace", "No network or dataset to race on."))
            return
        try:
            race = self._race(self.entries())
        except ValueError as e:
            self.results.setText(translate("OptimizerRace", "Not started: {0}").format(e))
            return
        ds = ws.dataset
        net = race.racers[0].trainer.network
        X = np.asarray(ds.x_train, net.dtype)
        Y = encode_targets(ds.y_train, net.sizes[-1], net.dtype)
        X, Y, self.data_text = landscape.subsample(
            X, Y, MAX_SAMPLES if len(X) > 2 * MAX_SAMPLES else None
        )
        bounds = None
        if ds.n_inputs == 2:
            parts = [ds.x_train] + ([ds.x_val] if ds.x_val is not None else [])
            bounds = figures.plane_bounds(np.concatenate(parts))
        self._layout_boundaries(len(race.racers) if bounds is not None else 0)
        for items in self.curves:
            for c in items:
                c.setData([], [])
        for p, h in zip(self.paths, self.heads, strict=True):
            p.setData([], [])
            h.setData([], [])
        self.land_image.clear()
        self.contours.set_segments(np.zeros((0, 2, 2)))
        self.start_marker.setData([], [])
        self.view = None
        self.results.setText(translate("OptimizerRace", "Racing…"))
        self.race = race
        self.stream = Stream(lambda stop: race_views(race, X, Y, bounds, stop), "optimizerRace")
        self.stream.latest.connect(self._on_view)
        self.stream.done.connect(self._on_done)
        self.stream.start()
        self.run_button.setText(translate("OptimizerRace", "Stop"))

    def _layout_boundaries(self, n: int) -> None:
        self.boundary_layout.clear()
        self.boundary_images = []
        cols = min(n, 3) or 1
        for i in range(n):
            label = self.boundary_layout.addLabel("", row=2 * (i // cols), col=i % cols, size="8pt")
            vb = self.boundary_layout.addViewBox(
                row=2 * (i // cols) + 1, col=i % cols, lockAspect=True
            )
            vb.setMouseEnabled(x=False, y=False)
            vb.setMenuEnabled(False)
            vb.setMinimumSize(30, 30)
            label.setMinimumWidth(10)
            img = pg.ImageItem(axisOrder="row-major")
            vb.addItem(img)
            vb.setRange(xRange=(0, BOUNDARY_RESOLUTION), yRange=(0, BOUNDARY_RESOLUTION), padding=0)
            self.boundary_images.append((label, img))

    def _on_view(self, view: RaceView) -> None:
        self.view = view
        for i, label in enumerate(view.labels):
            c = view.curves[i]
            loss_val, loss_tr, acc_val, acc_tr = self.curves[i]
            loss_val.setData(c["epoch"], _finite(c["val_loss"]))
            loss_tr.setData(c["epoch"], _finite(c["loss"]))
            acc_val.setData(c["epoch"], _finite(c["val_accuracy"]))
            acc_tr.setData(c["epoch"], _finite(c["accuracy"]))
            if view.boundaries is not None and i < len(self.boundary_images):
                text, img = self.boundary_images[i]
                img.setImage(colors.blend_classes(view.boundaries[i]), levels=(0, 255))
                r, g, b = RACER_COLORS[i]
                short = label.split(",")[0]  # "momentum η=0.05": the settings are in the list
                text.setText(
                    translate(
                        "OptimizerRace", "<span style='color: rgb({0},{1},{2})'>{3}</span>"
                    ).format(r, g, b, short)
                )
        if view.grid is not None:
            self._draw_landscape(view)
        self.results.setText(self._results_text(view))

    def _draw_landscape(self, view: RaceView) -> None:
        g = view.grid
        a, b = g.alphas, g.betas
        lo, hi = float(np.nanmin(view.log_loss)), float(np.nanmax(view.log_loss))
        self.land_image.setImage(
            np.ascontiguousarray(view.log_loss, np.float32), levels=(lo, max(hi, lo + 1e-6))
        )
        da, db = a[1] - a[0], b[1] - b[0]
        self.land_image.setRect(
            QtCore.QRectF(a[0] - da / 2, b[0] - db / 2, a[-1] - a[0] + da, b[-1] - b[0] + db)
        )
        self.contours.set_segments(view.lines)
        for i, coords in enumerate(view.coords):
            self.paths[i].setData(coords[:, 0], coords[:, 1])
            self.heads[i].setData([coords[-1, 0]], [coords[-1, 1]])
        self.start_marker.setData([0.0], [0.0])
        self.land_plot.setRange(xRange=(a[0], a[-1]), yRange=(b[0], b[-1]), padding=0)
        e = view.explained
        self.land_plot.setTitle(
            translate(
                "OptimizerRace", "shared landscape, ■ = the common start ({0:.0%} + {1:.0%})"
            ).format(e[0], e[1]),
            size="9pt",
        )

    def _results_text(self, view: RaceView) -> str:
        lines = []
        for i, label in enumerate(view.labels):
            r, g, b = RACER_COLORS[i]
            c = view.curves[i]
            val = c["val_loss"][-1] if c["val_loss"] else float("nan")
            stopped = view.stopped[i]
            note = f" — {stopped}" if stopped and stopped.startswith("diverg") else ""
            mark = " ← winner" if view.winner == i else ""
            lines.append(
                translate(
                    "OptimizerRace",
                    "<span style='color: rgb({0},{1},{2})'>■</span> {3}: validation loss {4:.4f}, "
                    "{5:.2f} s{6}{7}",
                ).format(r, g, b, label, val, view.seconds[i], note, mark)
            )
        if view.finished:
            head = (
                translate("OptimizerRace", "<b>Winner: {0}</b> (lowest validation loss)").format(
                    view.labels[view.winner]
                )
                if view.winner is not None
                else translate("OptimizerRace", "<b>No winner</b>: every optimizer diverged")
            )
        else:
            epoch = max((len(c["epoch"]) for c in view.curves), default=0)
            head = translate("OptimizerRace", "Racing… epoch {0} of {1}").format(
                epoch, self.epochs.value()
            )
        tail = translate(
            "OptimizerRace",
            "<br><i>Landscape: the loss on {0} over the plane of the first two principal "
            "directions of all trajectories together (the share of their spread each explains in "
            "its title), centred on the common start.</i>",
        ).format(self.data_text)
        return head + "<br>" + "<br>".join(lines) + tail

    def _on_done(self, error: str) -> None:
        self.stream = None
        self.run_button.setText(translate("OptimizerRace", "Run"))
        if error:
            self.results.setText(translate("OptimizerRace", "The race stopped: {0}").format(error))


def _finite(values) -> np.ndarray:
    v = np.asarray(values, dtype=float)
    return np.where(np.isfinite(v), v, np.nan)


class SurfaceRace(QtWidgets.QWidget):
    """The checked optimizers as points on a test surface, moving step by step."""

    def __init__(self, race_panel: OptimizerRace) -> None:
        super().__init__()
        self.setObjectName("surfaceRace")
        self.panel = race_panel
        self.paths: list[surfaces.Path] = []
        self.shown_steps = 0
        self.surface_box = QtWidgets.QComboBox()
        self.surface_box.setObjectName("surfaceSelector")
        for name, s in surfaces.SURFACES.items():
            self.surface_box.addItem(f"{engine_text(name)}: {s.formula}", name)
        self.run_button = QtWidgets.QPushButton(translate("SurfaceRace", "Run on the surface"))
        self.run_button.setObjectName("surfaceRun")
        self.run_button.clicked.connect(self.run)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.surface_box)
        top.addWidget(self.run_button)
        top.addStretch(1)
        self.canvas = Canvas()
        self.canvas.setBackground(colors.BACKGROUND)
        self.plot = self.canvas.addPlot()
        colors.style_plot(self.plot, still=True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(LANDSCAPE_LUT)
        self.plot.addItem(self.image)
        self.contours = Contour(pen=pg.mkPen((255, 255, 255, 150)))
        self.plot.addItem(self.contours)
        self.minima = pg.ScatterPlotItem(size=14, symbol="x", pen=pg.mkPen("w", width=2))
        self.plot.addItem(self.minima)
        self.start = pg.ScatterPlotItem(size=16, symbol="o", brush=None, pen=pg.mkPen("w", width=2))
        self.plot.addItem(self.start)
        self.lines = [pg.PlotDataItem(pen=pg.mkPen(c, width=2)) for c in RACER_COLORS]
        self.dots = [
            pg.ScatterPlotItem(size=11, brush=pg.mkBrush(*c), pen=pg.mkPen("w"))
            for c in RACER_COLORS
        ]
        for line, dot in zip(self.lines, self.dots, strict=True):
            self.plot.addItem(line)
            self.plot.addItem(dot)
        self.info = QtWidgets.QLabel("")
        self.info.setObjectName("surfaceInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(QtCore.Qt.TextFormat.RichText)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.info)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._tick)
        self.surface_box.currentIndexChanged.connect(self.draw_surface)
        self.draw_surface()

    @property
    def surface(self) -> surfaces.Surface:
        return surfaces.SURFACES[self.surface_box.currentData()]

    def draw_surface(self) -> None:
        self.stop()
        s = self.surface
        xs, ys, f = s.grid(160)
        shifted = f - f.min() + 1e-3
        log_f = np.log10(shifted).astype(np.float32)
        self.image.setImage(log_f, levels=(float(log_f.min()), float(log_f.max())))
        x0, x1, y0, y1 = s.bounds
        self.image.setRect(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        levels = np.quantile(log_f, np.linspace(0.03, 0.9, 10))
        self.contours.set_segments(contour_segments(log_f, xs, ys, levels))
        self.minima.setData([m[0] for m in s.minima], [m[1] for m in s.minima])
        self.start.setData([s.start[0]], [s.start[1]])
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.plot.setTitle(f"{s.name}: {s.formula}", size="9pt")
        for line, dot in zip(self.lines, self.dots, strict=True):
            line.setData([], [])
            dot.setData([], [])
        self.paths = []
        self.info.setText(
            translate(
                "SurfaceRace",
                "Press Run: the ticked optimizers (with their own settings; the learning rates "
                "are the surface's own) start together at the white ring; × marks the minima.",
            )
        )

    def run(self) -> None:
        """Walk each ticked optimizer on the surface (instant), then animate the walks."""
        self.draw_surface()
        s = self.surface
        self.paths, self.path_rows = [], []
        for i, row in enumerate(self.panel.rows):
            if not row.enabled.isChecked():
                continue
            try:
                entry = row.entry()
            except ValueError as e:
                self.info.setText(translate("SurfaceRace", "Row {0}: {1}").format(i + 1, e))
                return
            self.paths.append(surfaces.walk(s, entry.optimizer, **entry.hyper))
            self.path_rows.append(i)
        self.shown_steps = 1
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def finish(self) -> None:
        """Show the walks to their end at once."""
        self.timer.stop()
        self.shown_steps = max((len(p.points) for p in self.paths), default=0)
        self._draw()

    def _tick(self) -> None:
        self.shown_steps += SURFACE_STEPS_PER_TICK
        if self.shown_steps >= max((len(p.points) for p in self.paths), default=0):
            self.finish()
            return
        self._draw()

    def _draw(self) -> None:
        for line, dot in zip(self.lines, self.dots, strict=True):
            line.setData([], [])
            dot.setData([], [])
        rows = []
        for p, i in zip(self.paths, self.path_rows, strict=True):
            pts = p.points[: self.shown_steps]
            self.lines[i].setData(pts[:, 0], pts[:, 1])
            self.dots[i].setData([pts[-1, 0]], [pts[-1, 1]])
            r, g, b = RACER_COLORS[i]
            k = len(pts) - 1
            end = f", {p.stopped}" if p.stopped and k == len(p.points) - 1 else ""
            rows.append(
                translate(
                    "SurfaceRace",
                    "<span style='color: rgb({0},{1},{2})'>■</span> {3}: step {4}, f = {5:.4g}{6}",
                ).format(r, g, b, p.label, k, p.values[k], end)
            )
        self.info.setText("<br>".join(rows))


Panel = OptimizerRace
