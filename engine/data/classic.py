"""The classic tables shipped with the app, read offline from engine/data/tables/*.csv.

    iris           150 flowers, 4 measurements (cm), 3 species          (Fisher, 1936)
    wine           178 wines, 13 chemical measurements, 3 cultivars    (Forina et al.)
    breast_cancer  569 cell nuclei, 30 features, malignant or benign   (Wolberg, Street,
                                                                        Mangasarian, 1995)

All three come from the UCI Machine Learning Repository (sources in the README); they are
read like any imported table (engine.data.table), features standardised with the
training split's statistics.
"""

from __future__ import annotations

import os

from engine.data import table
from engine.data.dataset import Dataset

FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables")
TABLES = {  # name -> (file, target column)
    "iris": ("iris.csv", "species"),
    "wine": ("wine.csv", "cultivar"),
    "breast_cancer": ("breast_cancer.csv", "diagnosis"),
}


def path(name: str) -> str:
    return os.path.join(FOLDER, TABLES[name][0])


def load(name: str, val_fraction: float = 0.25, seed: int = 0) -> Dataset:
    """Classic table `name` as a classification Dataset."""
    if name not in TABLES:
        raise ValueError(f"unknown classic table {name!r}; known: {', '.join(TABLES)}")
    file, target = TABLES[name]
    d = table.load_table(
        os.path.join(FOLDER, file), target=target, val_fraction=val_fraction, seed=seed, name=name
    )
    d.params["builtin"] = True
    return d
