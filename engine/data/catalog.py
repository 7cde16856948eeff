"""One entry point to every dataset the app and the command line offer.

    load_dataset("moons", n=400, noise=0.1, seed=0)  -> Dataset (instant, offline)
    load_dataset("mnist", data_dir=None)             -> Dataset 50,000 / 10,000 (engine.data.mnist)
    load_dataset("iris", val_fraction=0.25, seed=0)  -> a classic table (engine.data.classic)
    load_dataset("sine", n=200, noise=0.0, seed=0)   -> regression Dataset (engine.data.regression)

`Dataset.params` records how the data was made, so a model file can name it and
`evaluate` can regenerate a 2D dataset from the stored seed.
"""

from __future__ import annotations

from engine.data import classic, regression, toy2d
from engine.data.dataset import Dataset

TOY_DATASETS = tuple(toy2d.GENERATORS)
TABLE_DATASETS = tuple(classic.TABLES)
REGRESSION_DATASETS = tuple(regression.GENERATORS)
DATASETS = ("mnist", *TOY_DATASETS, *TABLE_DATASETS, *REGRESSION_DATASETS)


def load_dataset(name: str, **params) -> Dataset:
    """The dataset called `name` (one of DATASETS); params go to its maker."""
    if name in toy2d.GENERATORS:
        return toy2d.make(name, **params)
    if name in regression.GENERATORS:
        return regression.make(name, **params)
    if name in classic.TABLES:
        return classic.load(name, **params)
    if name == "mnist":
        from engine.data import mnist

        unknown = sorted(set(params) - {"data_dir"})
        if unknown:
            raise ValueError(f"mnist takes only data_dir, not {', '.join(unknown)}")
        return mnist.load(**params)
    raise ValueError(f"unknown dataset {name!r}; known: {', '.join(DATASETS)}")
