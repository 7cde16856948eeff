"""Managing My digits: listing with images, relabelling and deleting, kept across restarts."""

from __future__ import annotations

import numpy as np
import pytest

from engine.data.mydigits import MyDigits, MyDigitsError


def bar(row: int) -> np.ndarray:
    image = np.zeros((28, 28), np.uint8)
    image[row : row + 2, 5:23] = 255
    return image


def test_entries_list_every_digit_with_its_label_and_image(tmp_path):
    store = MyDigits(tmp_path)
    assert store.entries() == []
    for row, label in ((3, 4), (10, 1), (20, 9)):
        store.add(bar(row), label)
    entries = MyDigits(tmp_path).entries()  # a restarted app sees the same list
    assert [(i, label) for i, label, _ in entries] == [(0, 4), (1, 1), (2, 9)]
    for (_, _, image), row in zip(entries, (3, 10, 20), strict=True):
        np.testing.assert_array_equal(image, bar(row))
    entries[0][2][:] = 0  # a copy: changing it changes nothing in the store
    assert store.images()[0].max() == 255


def test_relabel_persists_and_keeps_the_image(tmp_path):
    store = MyDigits(tmp_path)
    store.add(bar(3), 7)
    store.add(bar(12), 2)
    store.relabel(0, 1)
    store.relabel(-1, 5)
    again = MyDigits(tmp_path)
    np.testing.assert_array_equal(again.labels(), [1, 5])
    np.testing.assert_array_equal(again.images()[0], bar(3))
    X, y = again.as_arrays()
    assert list(y) == [1, 5] and X.shape == (2, 784)


@pytest.mark.parametrize("index, label", [(2, 3), (-3, 3), (0, 10), (0, -1), (0, 2.5), (0, True)])
def test_relabel_refuses_what_is_not_there_and_changes_nothing(tmp_path, index, label):
    store = MyDigits(tmp_path)
    store.add(bar(3), 7)
    store.add(bar(9), 8)
    before = store.path.read_bytes()
    with pytest.raises(MyDigitsError):
        store.relabel(index, label)
    assert store.path.read_bytes() == before
    np.testing.assert_array_equal(MyDigits(tmp_path).labels(), [7, 8])


def test_delete_then_relabel_sees_the_changes_of_another_window(tmp_path):
    mine, other = MyDigits(tmp_path), MyDigits(tmp_path)
    for row, label in ((3, 0), (8, 1), (14, 2)):
        mine.add(bar(row), label)
    other.delete(0)  # another window deletes the first digit
    mine.relabel(0, 6)  # this window relabels what is now first: the old second digit
    entries = MyDigits(tmp_path).entries()
    assert [label for _, label, _ in entries] == [6, 2]
    np.testing.assert_array_equal(entries[0][2], bar(8))
