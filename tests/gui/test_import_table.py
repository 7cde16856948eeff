"""File → Import table…: the preview, the column choices, a bad table's message, the result."""

from __future__ import annotations

from PySide6 import QtCore

from gui.import_table import ImportTableDialog

EURO = "name;width;height;kind\n" + "".join(
    f'"plant {i}";{i % 5},{i % 3};{i * 2},5;{("tall", "short")[i % 2]}\n' for i in range(20)
)


def dialog_for(qtbot, tmp_path, content: str, name: str = "plants.csv") -> ImportTableDialog:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    d = ImportTableDialog(None, str(path))
    qtbot.addWidget(d)
    return d


def test_preview_dialect_and_default_choices(qtbot, tmp_path):
    d = dialog_for(qtbot, tmp_path, "\ufeff" + EURO)
    assert "delimiter: semicolon" in d.dialect_label.text()
    assert "decimal mark: comma" in d.dialect_label.text()
    assert d.preview.columnCount() == 4 and d.preview.rowCount() == 12
    assert d.preview.horizontalHeaderItem(0).text() == "name"  # no BOM in the name
    assert d.preview.item(0, 1).text() == "0,0"
    assert d.target.currentText() == "kind"
    assert d.task.itemText(0) == "automatic (classification)"
    # the text column "name" is not a feature by default; checked, the engine's message names it
    assert d.chosen_features() == ["width", "height"] and d.ok_button.isEnabled()
    assert d.features.item(0).text() == "name  (text)"
    d.features.item(0).setCheckState(QtCore.Qt.CheckState.Checked)
    assert "row 2, column 'name'" in d.message.text() and not d.ok_button.isEnabled()
    d.features.item(0).setCheckState(QtCore.Qt.CheckState.Unchecked)
    assert d.message.text() == "" and d.ok_button.isEnabled()
    assert "classification into 2 classes (short, tall)" in d.summary.text()
    d.val_share.setValue(0.25)
    d.accept()
    ds = d.dataset
    assert ds.feature_names == ["width", "height"] and ds.class_names == ["short", "tall"]
    assert len(ds.x_val) == 5 and ds.params["source"]["name"] == "plants.csv"


def test_target_switch_and_task_override(qtbot, tmp_path):
    d = dialog_for(qtbot, tmp_path, EURO)
    d.target.setCurrentIndex(2)  # height: numbers with many values
    assert d.task.itemText(0) == "automatic (regression)"
    assert not d.features.item(2).flags() & QtCore.Qt.ItemFlag.ItemIsEnabled
    assert d.chosen_features() == ["width"]  # "kind", the old target, holds text: not a feature
    d.task.setCurrentIndex(1)  # classification of 20 different heights: allowed, 20 classes
    assert d.ok_button.isEnabled()
    d.task.setCurrentIndex(2)
    d.accept()
    assert d.dataset.task == "regression" and d.dataset.feature_names == ["width"]


def test_bad_file_is_named_and_nothing_loaded(qtbot, tmp_path):
    d = dialog_for(qtbot, tmp_path, "a,b,y\n1,2,0\n3,4\n", name="ragged.csv")
    assert d.table is None
    assert "ragged.csv: row 3 has 2 values, but the header has 3" in d.message.text()
    assert not d.ok_button.isEnabled() and d.preview.rowCount() == 0
    d.accept()
    assert d.dataset is None and d.result() == 0
