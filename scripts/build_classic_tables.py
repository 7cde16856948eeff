"""Write the three classic tables the app ships (engine/data/tables/*.csv).

The measurements are facts published by the UCI Machine Learning Repository (Iris,
Wine, Breast Cancer Wisconsin (Diagnostic)); this script takes them from the copies
scikit-learn bundles, so no network is needed once its wheel is at hand:

    pip download scikit-learn --no-deps -d /tmp/sk        # scikit-learn is NOT a dependency
    python scripts/build_classic_tables.py /tmp/sk/scikit_learn-*.whl

Each output is a plain comma-separated file with a header row, the features in
centimetres/units as published, and the class as text in the last column.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "engine", "data", "tables")

IRIS = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]
WINE = [
    "alcohol",
    "malic_acid",
    "ash",
    "alcalinity_of_ash",
    "magnesium",
    "total_phenols",
    "flavanoids",
    "nonflavanoid_phenols",
    "proanthocyanins",
    "color_intensity",
    "hue",
    "od280_od315",
    "proline",
]
CELL = [
    "radius",
    "texture",
    "perimeter",
    "area",
    "smoothness",
    "compactness",
    "concavity",
    "concave_points",
    "symmetry",
    "fractal_dimension",
]
CANCER = [f"{kind}_{c}" for kind in ("mean", "se", "worst") for c in CELL]

TABLES = {  # member in the wheel -> (output, feature names, target name, class names)
    "iris.csv": ("iris.csv", IRIS, "species", ["setosa", "versicolor", "virginica"]),
    "wine_data.csv": ("wine.csv", WINE, "cultivar", ["cultivar_1", "cultivar_2", "cultivar_3"]),
    "breast_cancer.csv": ("breast_cancer.csv", CANCER, "diagnosis", ["malignant", "benign"]),
}


def convert(text: str, features: list[str], target: str, classes: list[str]) -> list[list[str]]:
    """Rows with a header, from the bundled form (a first line 'n,d,class names...')."""
    rows = list(csv.reader(io.StringIO(text)))
    n, d = int(rows[0][0]), int(rows[0][1])
    body = [r for r in rows[1:] if r]
    if len(body) != n or d != len(features) or any(len(r) != d + 1 for r in body):
        raise SystemExit(f"unexpected layout: {n} rows x {d} features announced")
    out = [[*features, target]]
    for r in body:
        out.append([*r[:d], classes[int(r[d])]])
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("wheel", help="a scikit-learn wheel (.whl), read as a zip archive")
    args = p.parse_args()
    os.makedirs(OUT, exist_ok=True)
    with zipfile.ZipFile(args.wheel) as zf:
        for member, (name, features, target, classes) in TABLES.items():
            text = zf.read(f"sklearn/datasets/data/{member}").decode("utf-8")
            rows = convert(text, features, target, classes)
            path = os.path.join(OUT, name)
            with open(path, "w", newline="", encoding="utf-8") as f:
                csv.writer(f, lineterminator="\n").writerows(rows)
            print(f"wrote {os.path.normpath(path)}: {len(rows) - 1} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
