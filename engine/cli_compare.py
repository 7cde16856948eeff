"""`python -m engine race` and `python -m engine landscape`: why optimizers differ.

    python -m engine race --dataset moons --optimizers sgd:0.1,momentum:0.1,adam:0.01 \\
        --epochs 20 --seed 0 --json
    python -m engine landscape --model moons.bps --resolution 33 --directions random --json

`race` trains one network from one start with each optimizer (engine.train.race) and
prints, per epoch, one line per optimizer; then the winner by validation loss.
`landscape` prints the loss over a plane through a saved model's weights
(engine.teach.landscape). Refusals raise cli.RefusedError (one `error:` line, exit 2).
"""

from __future__ import annotations

import copy
import math
import os

import numpy as np

from engine import cli
from engine.data.dataset import encode_targets
from engine.teach import landscape
from engine.train import race as racing

MNIST_SAMPLES = 1000  # the landscape of an MNIST model: on this many training samples


# -- race ------------------------------------------------------------------------------------


def cmd_race(args) -> int:
    from engine.nn.network import Network
    from engine.train.trainer import TrainConfig

    try:
        entries = racing.parse_entries(args.optimizers)
    except ValueError as e:
        raise cli.RefusedError(f"--optimizers: {e}") from None
    if not racing.MIN_RACERS <= len(entries) <= racing.MAX_RACERS:
        raise cli.RefusedError(
            f"--optimizers: a race takes {racing.MIN_RACERS} to {racing.MAX_RACERS} "
            f"optimizers, e.g. sgd:0.1,adam:0.01; got {len(entries)}"
        )
    # the data flags `train` has and a race does not (--data-seed, --input-features, ...)
    # take train's defaults, so the dataset is made exactly as `train` would make it
    for key, value in vars(cli.build_parser().parse_args(["train"])).items():
        if not hasattr(args, key):
            setattr(args, key, value)
    dataset = cli._train_dataset(args)
    if not dataset.is_regression and dataset.n_classes < 2:
        raise cli.RefusedError(f"{dataset.name} has a single class: nothing to learn")
    outputs = dataset.output_units()
    sizes = args.layers or [dataset.n_inputs, 30 if dataset.image_shape else 16, outputs]
    if sizes[0] != dataset.n_inputs or not dataset.fits_outputs(sizes[-1]):
        raise cli.RefusedError(
            f"--layers {','.join(map(str, sizes))} does not fit {dataset.name}: it has "
            f"{dataset.n_inputs} features and needs {outputs} outputs "
            f"(try --layers {dataset.n_inputs},16,{outputs})"
        )
    loss = "mse" if dataset.is_regression else "cross_entropy"
    out_act = "linear" if dataset.is_regression else None
    network = Network.create(
        sizes, activation=args.activation, output_activation=out_act, loss=loss, seed=args.seed
    )
    config = TrainConfig(
        batch_size=args.batch_size, epochs=args.epochs, seed=args.seed, dropout=args.dropout
    )
    race = racing.Race(network, dataset, config, entries)
    if not args.json:
        print(
            f"race on {dataset.name} ({len(dataset.x_train):,} training samples): "
            f"{network.describe()}, batch {args.batch_size}, seed {args.seed}, "
            f"{len(entries)} optimizers from the same weights with the same batches",
            flush=True,
        )
    width = max(len(r.label) for r in race.racers)
    reported = [False] * len(race.racers)
    with np.errstate(all="ignore"):
        for steps in race.run():
            for i, (racer, step) in enumerate(zip(race.racers, steps, strict=True)):
                if step.epoch is None and (reported[i] or not step.stopped_because):
                    continue
                line = {
                    "epoch": racer.trainer.epoch,
                    "optimizer": racer.entry.optimizer,
                    "lr": racer.entry.lr,
                    "label": racer.label,
                }
                if step.epoch is not None:
                    e = step.epoch
                    line.update(
                        loss=e.loss,
                        accuracy=e.accuracy,
                        val_loss=e.val_loss,
                        val_accuracy=e.val_accuracy,
                    )
                line["seconds"] = racer.seconds
                if step.stopped_because and racer.finished:
                    line["stopped_because"] = step.stopped_because
                    reported[i] = True
                if args.json:
                    cli._emit(line)
                else:
                    print(_race_line(line, width), flush=True)
    winner = race.winner()
    results = [r.summary() for r in race.racers]
    by = "val_loss" if race.racers[0].trainer.x_val is not None else "loss"
    if args.json:
        cli._emit({"winner": winner.label if winner else None, "by": by, "results": results})
    else:
        if winner is None:
            print("no winner: every optimizer diverged")
        else:
            what = "validation loss" if by == "val_loss" else "training loss"
            print(f"winner: {winner.label} ({what} {cli._num(winner.val_loss)})")
        for r in results:
            print(f"  {r['label']:<{width}}  {r['seconds']:.2f} s  {r['stopped_because']}")
    return 0


def _race_line(line: dict, width: int) -> str:
    head = f"epoch {line['epoch']:>3}  {line['label']:<{width}}"
    if "loss" in line:
        head += (
            f"  loss {cli._num(line['loss'])}  acc {cli._pct(line['accuracy'])}  "
            f"val_loss {cli._num(line['val_loss'])}  val_acc {cli._pct(line['val_accuracy'])}"
        )
    head += f"  {line['seconds']:.2f} s"
    if "stopped_because" in line:
        head += f"  stopped: {line['stopped_because']}"
    return head


# -- landscape -------------------------------------------------------------------------------


def _replayed_trajectory(model, dataset) -> np.ndarray:
    """The run of a model file, replayed from its initial weights: θ (T, P) at about 50
    points. Refused when the file lacks what a replay needs, or the replay does not end
    on the saved weights (e.g. a setting was changed while it trained)."""
    from engine.nn.network import Network
    from engine.train.trainer import Trainer

    name = os.path.basename(model.path)
    initial = getattr(model, "initial_weights", None)
    state = model.trainer_state
    if initial is None or not state or not state.get("samples_seen"):
        raise cli.RefusedError(
            f"{name} does not keep the weights its run started from, so its trajectory "
            "cannot be rebuilt for --directions pca; use --directions random"
        )
    net = model.network
    start = Network(net.sizes, net.activations, net.loss, initial[0::2], initial[1::2])
    config = copy.deepcopy(model.config)
    config.epochs = max(config.epochs, int(state["epoch"]) + 1)
    trainer = Trainer(start, dataset, config)
    target = int(state["samples_seen"])
    every = max(1, math.ceil(target / config.batch_size) // 50)
    points = [start.flat_params().copy()]
    steps = 0
    with np.errstate(all="ignore"):
        while trainer.samples_seen < target and not trainer.finished:
            trainer.step()
            steps += 1
            if steps % every == 0:
                points.append(start.flat_params().copy())
    final = start.flat_params()
    if trainer.samples_seen != target or not np.allclose(final, net.flat_params(), atol=1e-6):
        raise cli.RefusedError(
            f"replaying {name} from its initial weights does not end on its saved weights "
            "(a setting was probably changed while it trained): use --directions random"
        )
    points.append(final.copy())
    return np.array(points)


def cmd_landscape(args) -> int:
    from engine.files import modelfile

    if args.resolution < 3 or args.resolution % 2 == 0 or args.resolution > 201:
        raise cli.RefusedError(
            f"--resolution must be an odd number from 3 to 201 (so that the current weights "
            f"are the centre point), not {args.resolution}"
        )
    if args.span is not None and not args.span > 0:
        raise cli.RefusedError(f"--span must be positive, not {args.span}")
    model = modelfile.load(args.model)
    name = model.dataset_name
    base = os.path.basename(args.model)
    if name is None:
        raise cli.RefusedError(f"{base} names no dataset: its training data cannot be rebuilt")
    X, y, n_classes = cli._split_data(model, name, "train", args.data_dir)
    net = model.network
    if not cli._fits(net.sizes, X.shape[1], n_classes):
        raise cli.RefusedError(
            f"{base} takes {net.sizes[0]} inputs and has {net.sizes[-1]} outputs; "
            f"{name} has {X.shape[1]} features and {n_classes} classes"
        )
    Y = encode_targets(y, net.sizes[-1], net.dtype)
    X = np.asarray(X, net.dtype)
    samples = args.samples
    if samples is None:
        samples = MNIST_SAMPLES if name == "mnist" else 0
    X, Y, data_text = landscape.subsample(X, Y, samples or None, seed=args.seed)
    centre = net.flat_params().copy()
    trajectory = None
    if args.directions == "pca":
        from engine.data.dataset import Dataset

        if model.config.augment:
            raise cli.RefusedError(
                f"{base} was trained on distorted images (augment): its trajectory cannot "
                "be replayed here; use --directions random"
            )
        Xa, ya, _ = cli._split_data(model, name, "train", args.data_dir)
        dataset = Dataset(name, Xa, ya, None, None, n_classes=n_classes)
        points = _replayed_trajectory(model, dataset)
        try:
            directions = landscape.pca_directions(points, centre)
        except ValueError as e:
            raise cli.RefusedError(f"{base}: {e}") from None
        trajectory = landscape.project(points, centre, directions)
        span = landscape.trajectory_span(trajectory)
        if args.span is not None:
            span = (args.span, args.span)
    else:
        directions = landscape.random_directions(net, seed=args.seed)
        span = (args.span or 1.0, args.span or 1.0)
    *_, grid = landscape.refine(net, X, Y, directions, args.resolution, span, centre)
    c = grid.resolution // 2
    result = {
        "model": base,
        "network": net.describe(),
        "directions": args.directions,
        "description": directions.description,
        "data": f"{name}: {data_text}",
        "samples": int(X.shape[0]),
        "resolution": grid.resolution,
        "alphas": grid.alphas,
        "betas": grid.betas,
        "loss": grid.loss,
        "centre_loss": grid.centre_loss,
        "min_loss": float(np.nanmin(grid.loss)),
        "max_loss": float(np.nanmax(grid.loss)),
        "seconds": grid.seconds,
    }
    if directions.explained is not None:
        result["explained"] = list(directions.explained)
    if trajectory is not None:
        result["trajectory"] = trajectory
    if args.json:
        cli._emit(result)
        return 0
    print(f"{base}: {net.describe()}; loss on {result['data']}")
    print(f"directions: {directions.description}")
    print(
        f"{grid.resolution}x{grid.resolution} grid, α in ±{span[0]:.3g}, β in ±{span[1]:.3g}: "
        f"loss at the centre {grid.loss[c, c]:.6g} (the model's own {grid.centre_loss:.6g}), "
        f"lowest {result['min_loss']:.4g}, highest {result['max_loss']:.4g}, "
        f"{grid.seconds:.2f} s"
    )
    print("rows: β from −span to +span; columns: α from −span to +span")
    for row in grid.loss:
        print(" ".join(f"{v:8.4g}" for v in row))
    return 0


# -- the parsers -----------------------------------------------------------------------------


def add_parsers(sub) -> None:
    """Add `race` and `landscape` to the command line's subparsers."""
    p = sub.add_parser(
        "race",
        help="train one network with several optimizers from the same start",
        description="Train the same network from the same initial weights with the same batch "
        "order, once per optimizer, in lock-step. Prints per epoch one line per optimizer "
        "(with --json one JSON object), then the winner by validation loss and each one's time.",
    )
    p.add_argument("--dataset", choices=cli.DATASETS, required=True, help="what to learn")
    p.add_argument(
        "--optimizers",
        required=True,
        metavar="LIST",
        help="2 to 7 of name:lr[:setting=value...], comma-separated, e.g. "
        "sgd:0.1,momentum:0.1:momentum=0.9,adam:0.01",
    )
    p.add_argument("--epochs", type=cli._positive_int, default=10, help="(10)")
    p.add_argument("--seed", type=int, default=0, help="weights, shuffling and dropout (0)")
    p.add_argument("--layers", type=cli._layers, help="sizes (inputs,16,outputs)")
    p.add_argument(
        "--activation", choices=list(cli.activations.ACTIVATIONS), default="tanh", help="(tanh)"
    )
    p.add_argument("--batch-size", type=cli._positive_int, default=32, help="(32)")
    p.add_argument("--dropout", type=cli._finite, default=0.0, help="(0)")
    p.add_argument("--points", type=cli._positive_int, help="2D datasets: number of points (400)")
    p.add_argument("--noise", type=cli._finite, help="2D datasets: noise (0.1)")
    p.add_argument("--data-dir", metavar="DIR", help="folder with the MNIST IDX files")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(run=cmd_race)

    p = sub.add_parser(
        "landscape",
        help="the loss over a plane through a saved model's weights",
        description="The training loss of a saved model on a grid over a 2D slice of weight "
        "space centred on its weights: two random filter-normalised directions (Li et al. "
        "2018) or the first two principal directions of its training trajectory (replayed "
        "from the initial weights the file keeps).",
    )
    p.add_argument("--model", required=True, metavar="FILE", help="a .bps model file")
    p.add_argument("--resolution", type=int, default=21, help="points per side, odd (21)")
    p.add_argument("--directions", choices=["random", "pca"], default="random", help="(random)")
    p.add_argument(
        "--span",
        type=cli._finite,
        help="largest |α|, |β| (random: 1 = each unit's own weight norm; pca: the trajectory's)",
    )
    p.add_argument(
        "--samples",
        type=int,
        help=f"training samples the loss is measured on (MNIST {MNIST_SAMPLES}, else all; 0 = all)",
    )
    p.add_argument("--seed", type=int, default=0, help="random directions and subsample (0)")
    p.add_argument("--data-dir", metavar="DIR", help="folder with the MNIST IDX files")
    p.add_argument("--json", action="store_true", help="one JSON object with the grid")
    p.set_defaults(run=cmd_landscape)
