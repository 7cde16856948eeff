"""Headless command line: `python -m engine {train,evaluate,predict,export,info,race,landscape}`.

    python -m engine train --dataset moons --layers 2,16,1 --activation tanh \\
        --optimizer adam --lr 0.01 --epochs 50 --save moons.bps --json
    python -m engine train --resume moons.bps --epochs 80        # continue to 80 epochs
    python -m engine evaluate --model moons.bps --split val --json
    python -m engine predict --model moons.bps points.csv
    python -m engine export --model moons.bps --onnx moons.onnx
    python -m engine export --model moons.bps --pytorch moons.py --initial-weights
    python -m engine info moons.bps

Every refusal prints one line, `error: ...`, on stderr and exits with status 2
(argparse's own usage errors too). docs/cli.md lists every flag.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import sys
import time

import numpy as np

from engine import cli_data
from engine.data import toy2d
from engine.data.catalog import DATASETS
from engine.data.dataset import Dataset, encode_targets
from engine.files.atomic import check_target
from engine.nn import activations, losses
from engine.train import settings
from engine.train.settings import HYPER, SETTINGS, STOPPING

EXIT_REFUSED = 2
TEST_SEED_OFFSET = 1_000_003  # a 2D dataset's test split: a fresh draw with seed + this
TOY_PARAMS = ("n", "noise", "seed", "val_fraction", "classes")

# The network's and the 2D data's defaults; every training setting's default, range and
# help come from engine.train.settings (the flags are built from that table). None in the
# parsed args means "not given".
TRAIN_DEFAULTS = {
    "activation": "sigmoid",
    "output_activation": None,  # softmax for several output units, sigmoid for one
    "loss": "cross_entropy",
    "dtype": "float32",
    "points": 400,
    "noise": 0.1,
    "val_fraction": 0.25,
}
RESUME_ALLOWED = {"command", "run", "resume", "epochs", "save", "json", "data_dir", "data"}


class RefusedError(Exception):
    """A request the command line refuses; the message is printed as `error: <message>`."""


# -- small helpers -----------------------------------------------------------------------


def _json_value(x):
    """x as JSON-able data; NaN and infinities become null (JSON has no such numbers)."""
    if isinstance(x, dict):
        return {k: _json_value(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_json_value(v) for v in x]
    if isinstance(x, np.ndarray):
        return _json_value(x.tolist())
    if isinstance(x, (np.floating, float)):
        return float(x) if math.isfinite(x) else None
    if isinstance(x, np.integer):
        return int(x)
    return x


def _emit(obj: dict) -> None:
    print(json.dumps(_json_value(obj)), flush=True)


def _pct(x) -> str:
    return "-" if x is None or not math.isfinite(x) else f"{100 * x:.2f}%"


def _num(x) -> str:
    return "-" if x is None or not math.isfinite(x) else f"{x:.4f}"


def _layers(text: str) -> list[int]:
    try:
        sizes = [int(s) for s in text.replace(" ", "").split(",") if s]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--layers takes whole numbers separated by commas, e.g. 784,30,10, not {text!r}"
        ) from None
    if len(sizes) < 2 or min(sizes) < 1:
        raise argparse.ArgumentTypeError(
            f"--layers needs at least an input and an output size >= 1, e.g. 2,16,1, not {text!r}"
        )
    return sizes


def _positive_int(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, not {v}")
    return v


def _finite(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, not {text!r}") from None
    if not math.isfinite(v):
        raise argparse.ArgumentTypeError(f"expected a finite number, not {text!r}")
    return v


# -- datasets ----------------------------------------------------------------------------


def _mnist():
    try:
        from engine.data import mnist
    except ImportError:
        raise RefusedError("MNIST support (engine.data.mnist) is not installed") from None
    return mnist


def _mnist_call(name: str, *args):
    """engine.data.mnist.<name>(*args), its MnistMissing message completed for the command line."""
    mnist = _mnist()
    try:
        return getattr(mnist, name)(*args)
    except mnist.MnistMissing as e:
        hint = "(Here: --data-dir DIR, a folder with the MNIST IDX files.)"
        raise RefusedError(f"{e} {hint}") from None


def _toy_params(params: dict, source: str) -> dict:
    """The 2D generator's settings from `params`, type-checked (they may come from a file)."""
    out = {}
    for key in TOY_PARAMS:
        if key not in params or params[key] is None:
            continue
        v = params[key]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            shown = repr(v)[:40]  # a file's value: shortened, never echoed whole
            raise RefusedError(f"{source}: the dataset setting {key} = {shown} is not a number")
        if key in ("n", "seed", "classes"):
            if int(v) != v:
                raise RefusedError(f"{source}: the dataset setting {key} = {v!r} is not whole")
            v = int(v)
        out[key] = v
    return out


def _make_toy(name: str, params: dict, source: str) -> Dataset:
    try:
        return toy2d.make(name, **_toy_params(params, source))
    except ValueError as e:
        raise RefusedError(f"{source}: {e}") from None


def _fits(sizes: list[int], n_inputs: int, n_classes: int) -> bool:
    n_out = sizes[-1]
    return sizes[0] == n_inputs and (n_out == n_classes or (n_out == 1 and n_classes == 2))


# -- train -------------------------------------------------------------------------------


def _train_dataset(args) -> Dataset:
    cli_data.check_flags(args)  # --target without --data, --data with --dataset, ...
    if args.dataset == "mnist":
        return _mnist_call("load", args.data_dir)
    seed = args.data_seed if args.data_seed is not None else (args.seed or 0)
    if cli_data.wants(args):  # a table, a classic dataset, a regression
        dataset = cli_data.train_dataset(args, args.val_fraction, seed)
        return cli_data.with_input_features(dataset, args.input_features)
    params = {
        "n": args.points if args.points is not None else TRAIN_DEFAULTS["points"],
        "noise": args.noise if args.noise is not None else TRAIN_DEFAULTS["noise"],
        "seed": seed,
        "val_fraction": (
            args.val_fraction if args.val_fraction is not None else TRAIN_DEFAULTS["val_fraction"]
        ),
        "classes": args.classes,
    }
    dataset = _make_toy(args.dataset, params, f"--dataset {args.dataset}")
    return cli_data.with_input_features(dataset, args.input_features)


def _given(args, names) -> dict:
    return {k: getattr(args, k) for k in names if getattr(args, k) is not None}


def _setting(args, name):
    v = getattr(args, name)
    if v is not None:
        return v
    return SETTINGS[name].default if name in SETTINGS else TRAIN_DEFAULTS[name]


def _checked(table: dict, name: str):
    """An argparse type that parses and range-checks a flag with the settings table."""

    def parse(text: str):
        try:
            if table is SETTINGS:
                return settings.check(name, text)
            return settings.check_params({name: text}, None, "")[name]
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e).lstrip(": ")) from None

    parse.__name__ = name  # argparse names the type in its messages
    return parse


def _augment_transform(dataset: Dataset):
    if dataset.image_shape is None:
        raise RefusedError(f"--augment distorts images; {dataset.name} has no images")
    try:
        from engine.data import augment
    except ImportError:
        raise RefusedError("--augment needs engine.data.augment, not installed") from None

    def transform(X, rng):
        return augment.augment_batch(X, rng)

    return transform


def _new_trainer(args) -> tuple:
    """(Trainer, metadata for the model file) for a fresh run built from the flags."""
    from engine.files import modelfile
    from engine.nn.network import Network
    from engine.train.trainer import TrainConfig, Trainer

    if args.dataset is None and not args.data:
        raise RefusedError("train needs --dataset NAME or --data FILE (or --resume FILE)")
    dataset = _train_dataset(args)
    outputs = dataset.output_units()
    sizes = args.layers or [dataset.n_inputs, 30 if dataset.image_shape else 16, outputs]
    if sizes[0] != dataset.n_inputs or not dataset.fits_outputs(sizes[-1]):
        targets = "a number to predict" if dataset.is_regression else f"{dataset.n_classes} classes"
        raise RefusedError(
            f"--layers {','.join(map(str, sizes))} does not fit {dataset.name}: it has "
            f"{dataset.n_inputs} features and {targets} "
            f"(try --layers {dataset.n_inputs},16,{outputs})"
        )
    too_big = modelfile.architecture_problem(sizes)  # before any weight is allocated
    if too_big:
        raise RefusedError(f"--layers {','.join(map(str, sizes))[:80]}: {too_big}")
    config = TrainConfig(
        **{name: _setting(args, name) for name in SETTINGS},
        optimizer_params=_given(args, settings.optimizer_params(_setting(args, "optimizer"))),
        schedule_params=_given(args, settings.SCHEDULE_PARAMS[_setting(args, "schedule")]),
    )
    extra = sorted(set(_given(args, HYPER)) - set(config.optimizer_params))
    extra = [k for k in extra if k not in config.schedule_params]
    if extra:
        key = extra[0]
        schedule_keys = {k for keys in settings.SCHEDULE_PARAMS.values() for k in keys}
        takes = settings.SCHEDULE_PARAMS[config.schedule] if key in schedule_keys else None
        owner = f"the {config.schedule} schedule" if takes is not None else config.optimizer
        takes = takes if takes is not None else settings.optimizer_params(config.optimizer)
        raise RefusedError(f"{owner} has no setting {key} (it has: {', '.join(takes) or 'none'})")
    config.validate()
    head, head_loss = cli_data.default_head(dataset)  # regression: linear output and mse
    network = Network.create(
        sizes,
        activation=_setting(args, "activation"),
        output_activation=args.output_activation or head,
        loss=args.loss or head_loss or _setting(args, "loss"),
        init=config.init,
        seed=config.seed,
        dtype=_setting(args, "dtype"),
    )
    transform = _augment_transform(dataset) if args.augment else None
    trainer = Trainer(network, dataset, config, transform=transform)
    return trainer, {"initializer": config.init}  # older readers of the file look here


def _resumed_trainer(args) -> tuple:
    """(Trainer, metadata) continuing the run saved in --resume FILE."""
    from engine.files import modelfile

    given = sorted(
        k for k, v in vars(args).items() if k not in RESUME_ALLOWED and v not in (None, False)
    )
    if given:
        flag = "--" + given[0].replace("_", "-")
        raise RefusedError(
            f"{flag} cannot be changed when resuming: the run continues with the settings "
            f"saved in {os.path.basename(args.resume)} (only --epochs, --save, --json and "
            "--data-dir may be given)"
        )
    from engine.files.onnx_import import load_any

    model = load_any(args.resume)  # a .bps, or an MLP in ONNX to train on from its weights
    name = model.dataset_name
    if name is None:
        raise RefusedError(
            f"{os.path.basename(args.resume)} does not say which dataset it was trained on"
        )
    if name == "mnist":
        dataset = _mnist_call("load", args.data_dir)
    elif name in DATASETS or model.dataset_params.get("source"):
        dataset = cli_data.split(model, name, "val", args.data)  # as the file records it
    else:
        raise RefusedError(f"{os.path.basename(args.resume)} was trained on {name!r}, unknown here")
    transform = _augment_transform(dataset) if model.config.augment else None
    trainer = modelfile.restore_trainer(model, dataset, transform=transform)
    total = args.epochs if args.epochs is not None else model.config.epochs
    if total <= trainer.epoch:
        raise RefusedError(
            f"{os.path.basename(args.resume)} has already trained {trainer.epoch} epochs; "
            f"--epochs is the total, so give more than {trainer.epoch}"
        )
    trainer.extend(total - trainer.epoch)
    return trainer, dict(model.metadata)


class _Progress:
    """A one-line progress bar on stderr, redrawn at most 10 times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = 0.0
        self.width = 0

    def draw(self, trainer, batch) -> None:
        now = time.perf_counter()
        if not self.enabled or now - self.last < 0.1:
            return
        self.last = now
        done = trainer.batch / trainer.batches_per_epoch
        bar = "#" * int(24 * done) + "." * (24 - int(24 * done))
        line = (
            f"\repoch {trainer.epoch + 1}/{trainer.config.epochs} [{bar}] {100 * done:3.0f}%  "
            f"loss {_num(batch.loss)}  {batch.samples_per_second:,.0f} samples/s"
        )
        self.width = max(self.width, len(line))
        sys.stderr.write(line)
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()
            self.width = 0


def _epoch_line(e, total: int) -> str:
    if math.isfinite(e.rmse):  # a regression: RMSE and R² instead of accuracy
        return (
            f"epoch {e.epoch:>{len(str(total))}}/{total}  loss {_num(e.loss)}  "
            f"rmse {_num(e.rmse)}  val_loss {_num(e.val_loss)}  val_rmse {_num(e.val_rmse)}  "
            f"val_r2 {_num(e.val_r2)}  {e.seconds:.2f} s  {e.samples_per_second:,.0f} samples/s"
        )
    return (
        f"epoch {e.epoch:>{len(str(total))}}/{total}  loss {_num(e.loss)}  "
        f"acc {_pct(e.accuracy)}  val_loss {_num(e.val_loss)}  "
        f"val_acc {_pct(e.val_accuracy)}  {e.seconds:.2f} s  "
        f"{e.samples_per_second:,.0f} samples/s"
    )


def _epoch_json(record, trainer) -> dict:
    """An epoch's JSON line: rmse, val_rmse, mae, val_mae, r2, val_r2 only for regression
    (whose accuracy is null)."""
    d = record.to_dict()
    if not getattr(trainer, "regression", False):
        for key in ("rmse", "val_rmse", "mae", "val_mae", "r2", "val_r2"):
            d.pop(key, None)
    return d


def cmd_train(args) -> int:
    from engine.files import modelfile

    trainer, metadata = _resumed_trainer(args) if args.resume else _new_trainer(args)
    save_path = args.save or args.resume
    if save_path:  # find out now, not after hours of training, that the file cannot be written
        folder = os.path.dirname(os.path.abspath(save_path))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as e:
            raise RefusedError(f"cannot save to {save_path}: {e.strerror or e}") from None
        if not os.access(folder, os.W_OK):
            raise RefusedError(f"cannot save to {save_path}: the folder is not writable")
        try:  # a folder of that name, a name too long for the file system, ...
            check_target(save_path)
        except ValueError as e:
            raise RefusedError(f"cannot save to {e}") from None
    net = trainer.network
    if not args.json:
        where = f" from epoch {trainer.epoch_float:g}" if args.resume else ""
        print(
            f"training {net.describe()} on {trainer.dataset.name} "
            f"({trainer.x_train.shape[0]:,} samples){where}, {trainer.config.optimizer} "
            f"lr {trainer.config.lr:g}, batch {trainer.config.batch_size}",
            flush=True,
        )
    progress = _Progress(enabled=not args.json and sys.stderr.isatty())
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(signum, frame):  # finish the current batch, then stop and save
        trainer.stop("stopped by the user (Ctrl-C)")
        signal.signal(signal.SIGINT, previous)  # a second Ctrl-C interrupts at once

    signal.signal(signal.SIGINT, on_interrupt)
    try:
        with np.errstate(all="ignore"):  # a diverging run is reported, not warned about
            for step in trainer.run():
                if step.epoch is not None:
                    progress.clear()
                    if args.json:
                        _emit(_epoch_json(step.epoch, trainer))
                    else:
                        print(_epoch_line(step.epoch, trainer.config.epochs), flush=True)
                elif step.batch is not None:
                    progress.draw(trainer, step.batch)
    except BrokenPipeError:  # whoever read the output has gone: stop, but still save
        _silence_stdout()
        trainer.stop("the output was closed")
        trainer.step()
    finally:
        signal.signal(signal.SIGINT, previous)
        progress.clear()
    if save_path:
        metadata["saved_by"] = "python -m engine"
        modelfile.save(save_path, net, trainer=trainer, metadata=metadata)
    h = trainer.history
    summary = {
        "stopped_because": trainer.stopped_because,
        "epochs": trainer.epoch,
        "loss": h["loss"][-1] if h["loss"] else None,
        "accuracy": h["accuracy"][-1] if h["accuracy"] else None,
        "val_loss": h["val_loss"][-1] if h["val_loss"] else None,
        "val_accuracy": h["val_accuracy"][-1] if h["val_accuracy"] else None,
        "seconds": trainer.elapsed,
        "saved": os.path.abspath(save_path) if save_path else None,
    }
    if getattr(trainer, "regression", False):
        for key in ("rmse", "val_rmse", "val_mae", "val_r2"):
            summary[key] = h[key][-1] if h[key] else None
    if args.json:
        _emit(summary)
    elif getattr(trainer, "regression", False):
        print(f"stopped: {trainer.stopped_because}")
        print(
            f"after {trainer.epoch} epochs: rmse {_num(summary['rmse'])}, validation rmse "
            f"{_num(summary['val_rmse'])}, mae {_num(summary['val_mae'])}, r2 "
            f"{_num(summary['val_r2'])}, {trainer.elapsed:.1f} s of training"
        )
        if save_path:
            print(f"saved {save_path}")
    else:
        print(f"stopped: {trainer.stopped_because}")
        print(
            f"after {trainer.epoch} epochs: accuracy {_pct(summary['accuracy'])}, validation "
            f"accuracy {_pct(summary['val_accuracy'])}, {trainer.elapsed:.1f} s of training"
        )
        if save_path:
            print(f"saved {save_path}")
    if trainer.stopped_because == "the output was closed":
        return 1
    return 130 if trainer.stopped_because == "stopped by the user (Ctrl-C)" else 0


# -- evaluate ----------------------------------------------------------------------------


def _split_data(model, name: str, split: str, data_dir) -> tuple[np.ndarray, np.ndarray, int]:
    """(X, y, n_classes) of `split` of dataset `name`, rebuilt as the model file describes."""
    source = os.path.basename(model.path)
    if name == "mnist":
        X, y = _mnist_call("load_split", split, data_dir)
        return X, y, 10
    if name not in toy2d.GENERATORS:
        raise RefusedError(f"unknown dataset {name!r}; known: {', '.join(DATASETS)}")
    params = model.dataset_params if name == model.dataset_name else {}
    if split == "test":
        params = _toy_params(params, source)
        params["seed"] = params.get("seed", 0) + TEST_SEED_OFFSET
        ds = _make_toy(name, params, source)
        X = np.concatenate([ds.x_train, ds.x_val])
        return X, np.concatenate([ds.y_train, ds.y_val]), ds.n_classes
    ds = _make_toy(name, params, source)
    if split == "train":
        return ds.x_train, ds.y_train, ds.n_classes
    return ds.x_val, ds.y_val, ds.n_classes


def cmd_evaluate(args) -> int:
    from engine.files.onnx_import import load_any

    model = load_any(args.model)  # a .bps, or an MLP in ONNX
    name = args.dataset or model.dataset_name
    if name is None and args.data:
        name = os.path.splitext(os.path.basename(args.data))[0]
    if name is None:
        raise RefusedError(f"{os.path.basename(args.model)} names no dataset: give --dataset")
    plain_2d = name in toy2d.GENERATORS and not model.dataset_params.get("input_features")
    if name != "mnist" and (not plain_2d or args.data):
        return _evaluate_dataset(args, model, name)
    X, y, n_classes = _split_data(model, name, args.split, args.data_dir)
    if len(X) == 0:
        raise RefusedError(f"the {args.split} split of {name} is empty")
    sizes = model.network.sizes
    if not _fits(sizes, X.shape[1], n_classes):
        raise RefusedError(
            f"{os.path.basename(args.model)} takes {sizes[0]} inputs and has {sizes[-1]} "
            f"outputs; {name} has {X.shape[1]} features and {n_classes} classes"
        )
    net = model.network
    Y = encode_targets(y, sizes[-1], net.dtype)
    loss, accuracy = net.evaluate(np.asarray(X, net.dtype), Y)
    result = {"accuracy": accuracy, "loss": loss, "n": len(X), "dataset": name, "split": args.split}
    if args.json:
        _emit(result)
    else:
        correct = int(round(accuracy * len(X)))
        print(
            f"{name} {args.split}: accuracy {_pct(accuracy)} ({correct:,}/{len(X):,}), "
            f"loss {_num(loss)} ({net.loss})"
        )
    return 0


def _evaluate_dataset(args, model, name: str) -> int:
    """evaluate on a table, a classic dataset, a regression or 2D points with extra input
    features, made again as the model file records them (engine.cli_data.split)."""
    d = cli_data.split(model, name, args.split, args.data)
    X, y = d.x_val, d.y_val
    if X is None or len(X) == 0:
        raise RefusedError(f"the {args.split} split of {name} is empty")
    net = model.network
    sizes = net.sizes
    if sizes[0] != d.n_inputs or not d.fits_outputs(sizes[-1]):
        targets = "a number to predict" if d.is_regression else f"{d.n_classes} classes"
        raise RefusedError(
            f"{os.path.basename(args.model)} takes {sizes[0]} inputs and has {sizes[-1]} "
            f"outputs; {name} has {d.n_inputs} features and {targets}"
        )
    Y = encode_targets(y, sizes[-1], net.dtype)
    result = {"dataset": name, "split": args.split, "n": len(X)}
    same = cli_data.file_note(model, args.data)
    if same is not None:
        result["same_file"] = same
    if d.is_regression:
        fit = cli_data.regression_metrics(net, X, Y)
        result.update(accuracy=None, **fit)
        text = (
            f"{name} {args.split}: rmse {_num(fit['rmse'])}, mae {_num(fit['mae'])}, "
            f"r2 {_num(fit['r2'])}, loss {_num(fit['loss'])} ({net.loss}), {len(X):,} rows"
        )
    else:
        loss, accuracy = net.evaluate(np.asarray(X, net.dtype), Y)
        result.update(accuracy=accuracy, loss=loss)
        correct = int(round(accuracy * len(X)))
        text = (
            f"{name} {args.split}: accuracy {_pct(accuracy)} ({correct:,}/{len(X):,}), "
            f"loss {_num(loss)} ({net.loss})"
        )
    if args.json:
        _emit(result)
    else:
        if same is False:
            text += " — not the file the model was trained on (its size or SHA-256 differs)"
        print(text)
    return 0


# -- predict -----------------------------------------------------------------------------


def _table_rows(path: str, base: str, ext: str, n_inputs: int) -> np.ndarray:
    """Rows of numbers from a .csv / .txt file: a regular file, within the memory budget
    (each value takes at least 2 bytes of text and becomes 8), not empty."""
    import warnings

    from engine.files import limits

    size = limits.regular_size(path, RefusedError)
    limits.check_budget(4 * size, base, f"a table of {size:,} bytes", RefusedError)
    try:
        with limits.open_regular(path, RefusedError) as f, warnings.catch_warnings():
            warnings.simplefilter("error")  # "input contained no data" is a refusal here
            return np.loadtxt(f, delimiter="," if ext == ".csv" else None, ndmin=2)
    except UserWarning:
        raise RefusedError(f"{base}: the file holds no rows of numbers") from None
    except (ValueError, UnicodeDecodeError):
        raise RefusedError(f"{base}: every line must hold {n_inputs} numbers") from None
    except OSError as e:
        raise RefusedError(f"{base}: cannot be read ({limits.describe(e)})") from None


def _rows_of(path: str, n_inputs: int) -> np.ndarray:
    """Feature rows (k, n_inputs) from a .npy, .csv/.txt, or a digit image (.png, .pgm)."""
    ext = os.path.splitext(path)[1].lower()
    base = os.path.basename(path)
    if ext == ".npy":  # header and size checked (memory budget) before the data is read
        from engine.files import npyzip

        X = npyzip.read_npy(path, RefusedError)
        if X.ndim == 0:
            raise RefusedError(f"{base}: holds a single number, not rows of {n_inputs} values")
    elif ext in (".csv", ".txt"):
        X = _table_rows(path, base, ext, n_inputs)
    elif ext in (".png", ".pgm"):
        from engine.data import imagefile

        image = imagefile.read_grey(path)
        try:
            from engine.data import preprocess
        except ImportError:
            preprocess = None
        if preprocess is not None and n_inputs == 784:
            prepared = preprocess.prepare(image)
            if prepared.x is None:
                raise RefusedError(f"{base}: the image is blank, there is no digit to read")
            X = prepared.x[None, :]
        elif image.size == n_inputs:
            X = image.reshape(1, -1)
        else:
            raise RefusedError(
                f"{base}: a {image.shape[1]}x{image.shape[0]} image has {image.size} pixels; "
                f"the model takes {n_inputs} inputs"
            )
    else:
        raise RefusedError(f"{base}: give a .npy, .csv, .txt, .png or .pgm file")
    if X.dtype.kind not in "fiub":
        raise RefusedError(f"{base}: holds {X.dtype} values, not numbers")
    if X.ndim == 1:
        X = X[None, :]
    if X.ndim != 2 or X.shape[1] != n_inputs:
        raise RefusedError(f"{base}: rows of {X.shape[-1]} values; the model takes {n_inputs}")
    if not np.all(np.isfinite(X)):
        raise RefusedError(f"{base}: contains infinite or NaN values")
    return X


def cmd_predict(args) -> int:
    from engine.files.onnx_import import load_any

    model = load_any(args.model)  # a .bps, or an MLP in ONNX
    net = model.network
    names = model.dataset_info.get("class_names") if model.dataset_info else None
    task = (model.dataset_info or {}).get("task")
    made = (model.dataset_params or {}).get("input_features")  # 2D points -> x1^2, ...
    for path in args.inputs:
        if cli_data.is_table_file(path, model):  # new rows of the table it was trained on
            X = cli_data.table_rows(path, model)
        elif made:
            X = cli_data.features.expand(_rows_of(path, 2), made)
        else:
            X = _rows_of(path, net.sizes[0])
        out = net.feedforward(X)
        if task == "regression":  # a number per row, not a class
            for i, o in enumerate(out):
                if args.json:
                    _emit({"input": path, "row": i, "value": o[0] if len(o) == 1 else o})
                else:
                    print(f"{path}[{i}]: {' '.join(f'{v:.6g}' for v in o)}")
            continue
        classes = net.classes(out)
        for i, (k, o) in enumerate(zip(classes, out, strict=True)):
            label = names[int(k)] if isinstance(names, list) and int(k) < len(names) else int(k)
            if args.json:
                _emit({"input": path, "row": i, "class": int(k), "label": label, "output": o})
            else:
                confidence = o[0] if len(o) == 1 and k == 1 else (1 - o[0] if len(o) == 1 else o[k])
                values = " ".join(f"{v:.3f}" for v in o[:10]) + (" ..." if len(o) > 10 else "")
                print(f"{path}[{i}]: class {label} ({confidence:.1%})  outputs {values}")
    return 0


# -- export and info ---------------------------------------------------------------------


def cmd_export(args) -> int:
    from engine.files.onnx_import import load_any

    out_file = getattr(args, "onnx", None) or getattr(args, "npz", None)
    if out_file:  # a folder of that name, a name too long, ...: said before any work
        try:
            check_target(out_file)
        except ValueError as e:
            raise RefusedError(f"cannot write {e}") from None
    model = load_any(args.model)  # a .bps, or an MLP in ONNX
    if args.initial_weights and not args.pytorch:
        raise RefusedError("--initial-weights goes with --pytorch")
    if args.pytorch:
        from engine.files import pytorch_export

        run = pytorch_export.run_of(model, initial=args.initial_weights)
        files = pytorch_export.export_pytorch(run, args.pytorch)
        print(pytorch_export.describe_export(files, run))
        return 0
    try:
        if args.onnx:
            from engine.files.onnx_export import OPSET, export_onnx

            export_onnx(model.network, args.onnx)
            what, out = f"ONNX (opset {OPSET}, float32, input 'input', output 'output')", args.onnx
        else:
            from engine.files.npz_export import export_npz

            export_npz(model.network, args.npz)
            what, out = "NumPy .npz (W1, b1, ..., architecture)", args.npz
    except OSError as e:  # e.g. the disk is full: say which file (errno alone names none)
        raise RefusedError(f"cannot write {out_file}: {e.strerror or e}") from None
    print(f"wrote {out}: {model.network.describe()} as {what}")
    return 0


def cmd_info(args) -> int:
    from engine.files.onnx_import import load_any

    m = load_any(args.file)  # a .bps, or an MLP in ONNX
    net, c = m.network, m.config
    state = m.trainer_state
    info = {
        "file": os.path.abspath(m.path),
        "format_version": m.format_version,
        "app_version": m.app_version,
        "created": m.created,
        "saved": m.saved,
        "sizes": net.sizes,
        "activations": net.activations,
        "loss": net.loss,
        "dtype": net.dtype.name,
        "parameters": net.n_params,
        "dataset": m.dataset_name,
        "dataset_params": m.dataset_params,
        "optimizer": c.optimizer,
        "lr": c.lr,
        "batch_size": c.batch_size,
        "epochs_trained": m.epochs_trained,
        "epochs_planned": c.epochs,
        "mid_epoch_batch": state["batch"] if state else 0,
        "metrics": m.metrics,
    }
    if args.json:
        _emit(info)
        return 0
    params = ", ".join(f"{k}={v}" for k, v in m.dataset_params.items())
    mx = m.metrics
    title = os.path.basename(m.path)
    if m.metadata.get("imported_from") == "onnx":  # no training settings or progress in it
        print(f"{title}  (ONNX, made by {m.metadata.get('producer') or 'an unknown program'})")
    else:
        print(f"{title}  (format {m.format_version}, Backprop Studio {m.app_version})")
    print(f"  network    {net.describe()}, {net.dtype.name}, {net.n_params:,} parameters")
    print(f"  dataset    {m.dataset_name or '-'}{f' ({params})' if params else ''}")
    print(
        f"  training   {c.optimizer} lr {c.lr:g}, batch {c.batch_size}, schedule {c.schedule}, "
        f"l1 {c.l1:g}, l2 {c.l2:g}, dropout {c.dropout:g}, seed {c.seed}"
    )
    if state:
        progress = f"{m.epochs_trained} of {c.epochs} epochs"
        if state["batch"]:
            progress += f" (+ {state['batch']} batches of the next)"
    else:  # saved without a trainer (like the shipped model): its description may say more
        told = m.metadata.get("epochs")
        counted = isinstance(told, int) and not isinstance(told, bool) and told >= 0
        progress = f"trained {told} epochs; " if counted else ""  # a file's words: checked
        progress += (
            "weights only, no optimizer state or progress saved "
            "(--resume trains on from these weights, counting from epoch 1)"
        )
    print(f"  progress   {progress}")
    if mx:
        print(
            f"  metrics    loss {_num(_f(mx.get('loss')))}, "
            f"accuracy {_pct(_f(mx.get('accuracy')))}, "
            f"val_loss {_num(_f(mx.get('val_loss')))}, "
            f"val_accuracy {_pct(_f(mx.get('val_accuracy')))}"
        )
    elif any(k in m.metadata for k in ("val_loss", "val_accuracy")):  # a weights-only file
        print(
            f"  metrics    val_loss {_num(_f(m.metadata.get('val_loss')))}, "
            f"val_accuracy {_pct(_f(m.metadata.get('val_accuracy')))} (from its description)"
        )
    if mx.get("stopped_because"):
        print(f"  stopped    {mx['stopped_because']}")
    print(f"  saved      {m.saved or '-'} (created {m.created or '-'})")
    return 0


def _f(x):
    """A metric from a file's manifest as a float (None if it is not a number)."""
    if isinstance(x, bool) or not isinstance(x, (int, float, str)):
        return None
    try:
        return float(x)
    except ValueError:
        return None


# -- the parser and main -----------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line too: `error: ...`, exit status 2."""

    def error(self, message: str):
        self.exit(EXIT_REFUSED, f"error: {message} (see: {self.prog} --help)\n")


def _add_train(sub) -> None:
    p = sub.add_parser(
        "train",
        help="train a network on a dataset (or resume a saved run)",
        description="Train a network. Without --json: a progress bar on stderr and one line per "
        "epoch. With --json: one JSON object per epoch, then a summary with stopped_because.",
    )
    d = p.add_argument_group("data")
    d.add_argument("--dataset", choices=DATASETS, help="what to learn")
    d.add_argument("--data-dir", metavar="DIR", help="folder with the MNIST IDX files")
    d.add_argument("--points", type=_positive_int, help="2D datasets: number of points (400)")
    d.add_argument("--noise", type=_finite, help="2D datasets: noise, 0..1 (0.1)")
    d.add_argument("--classes", type=_positive_int, help="spiral/blobs: number of classes")
    d.add_argument("--data-seed", type=int, help="2D datasets: seed of the points (--seed)")
    d.add_argument("--val-fraction", type=_finite, help="share held out (0.25; tables 0.2)")
    cli_data.add_train_flags(d)
    n = p.add_argument_group("network")
    n.add_argument("--layers", type=_layers, help="sizes, e.g. 784,30,10 (inputs,16,outputs)")
    n.add_argument("--activation", choices=list(activations.ACTIVATIONS), help="hidden layers")
    n.add_argument("--output-activation", choices=["sigmoid", "softmax", "linear"])
    n.add_argument("--loss", choices=list(losses.LOSSES), help="(cross_entropy)")
    n.add_argument("--dtype", choices=["float32", "float64"], help="(float32)")
    t = p.add_argument_group("training (engine.train.settings; --epochs is the total)")
    s = p.add_argument_group("stopping (besides --epochs)")
    for setting in SETTINGS.values():
        group = s if setting.name in STOPPING else t
        default = "" if setting.optional else f" ({setting.default})"
        if setting.kind == "bool":
            group.add_argument(setting.flag, action="store_true", default=None, help=setting.help)
        elif setting.kind == "choice":
            group.add_argument(
                setting.flag, choices=list(setting.choices), help=setting.help + default
            )
        else:
            group.add_argument(
                setting.flag, type=_checked(SETTINGS, setting.name), help=setting.help + default
            )
    for hyper in HYPER.values():
        t.add_argument(hyper.flag, type=_checked(HYPER, hyper.name), help=hyper.help)
    o = p.add_argument_group("files and output")
    o.add_argument("--save", metavar="FILE", help="save the model here (.bps) at the end")
    o.add_argument("--resume", metavar="FILE", help="continue the run saved in FILE")
    o.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(run=cmd_train)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m engine",
        description="Backprop Studio engine: train and inspect small neural networks headless.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_train(sub)

    p = sub.add_parser("evaluate", help="loss and accuracy of a saved model on a dataset split")
    p.add_argument("--model", required=True, metavar="FILE", help="a .bps model file")
    p.add_argument("--dataset", choices=DATASETS, help="(the one stored in the model file)")
    p.add_argument("--data-dir", metavar="DIR", help="folder with the MNIST IDX files")
    p.add_argument("--data", metavar="FILE", help="a table: the one it was trained on, or new rows")
    p.add_argument("--split", choices=["train", "val", "test"], default="val", help="(val)")
    p.add_argument("--json", action="store_true", help='print {"accuracy", "loss", "n", ...}')
    p.set_defaults(run=cmd_evaluate)

    p = sub.add_parser("predict", help="classify feature rows (.npy/.csv) or digit images")
    p.add_argument("--model", required=True, metavar="FILE", help="a .bps model file")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".npy, .csv, .txt, .png or .pgm")
    p.add_argument("--json", action="store_true", help="one JSON object per row")
    p.set_defaults(run=cmd_predict)

    p = sub.add_parser("export", help="write a saved model as ONNX or as plain .npz arrays")
    p.add_argument("--model", required=True, metavar="FILE", help="a .bps model file")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--onnx", metavar="OUT", help="ONNX file to write (needs the onnx package)")
    g.add_argument("--npz", metavar="OUT", help="NumPy .npz file to write")
    g.add_argument("--pytorch", metavar="OUT", help="a PyTorch script that trains it again (.py)")
    p.add_argument(
        "--initial-weights",
        action="store_true",
        help="--pytorch: start from the run's initial weights (replays the run), not the current",
    )
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("info", help="architecture, dataset, epochs and metrics of a model file")
    p.add_argument("file", metavar="FILE", help="a .bps model file")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(run=cmd_info)

    from engine import cli_compare  # race, landscape (they use this module's helpers)

    cli_compare.add_parsers(sub)
    return parser


def _silence_stdout() -> None:
    """Send further output to the null device (stdout's reader has gone)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _message(e: BaseException) -> str:
    """One line of at most ~300 characters (a value a file holds is never echoed whole)."""
    from engine.files import limits

    if isinstance(e, OSError) and e.strerror:
        where = e.filename if e.filename else "a file"  # errno messages name the file
        return limits.short(f"{where}: {e.strerror}")
    return limits.short(str(e) or type(e).__name__)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # --help exits 0; a usage error prints one line, exits 2
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return args.run(args)
    except BrokenPipeError:  # e.g. `... --json | head -1`: the reader has gone, stop quietly
        _silence_stdout()
        return 1
    except (RefusedError, ValueError, OSError) as e:  # ModelFileError, MnistMissing among them
        print(f"error: {_message(e)}", file=sys.stderr)
        return EXIT_REFUSED
    except MemoryError:  # the computer's memory, not a bug: refused like a too-large file
        print(
            "error: not enough memory for this (BPS_MEMORY_BUDGET_MB sets what files may use)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a bug: still one line, with a way to see the details
        if os.environ.get("BPS_DEBUG"):
            raise
        print(
            f"error: unexpected {type(e).__name__}: {_message(e)} "
            "(please report it; BPS_DEBUG=1 shows the details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
