"""The optimizer race: one start, one batch order, lock-step, a winner; test surfaces."""

import numpy as np
import pytest

from engine.data import toy2d
from engine.nn.network import Network
from engine.train import surfaces
from engine.train.race import Entry, Race, parse_entries
from engine.train.trainer import TrainConfig, Trainer

ENTRIES = [Entry("sgd", 0.3), Entry("momentum", 0.1), Entry("adam", 0.02)]


def moons():
    return toy2d.make("moons", n=160, noise=0.15, seed=0, val_fraction=0.25)


def race(dropout=0.0, epochs=3, entries=ENTRIES):
    net = Network.create([2, 8, 8, 1], activation="tanh", seed=0)
    config = TrainConfig(batch_size=16, epochs=epochs, seed=7, dropout=dropout)
    return Race(net, moons(), config, entries), net


def test_racers_start_from_identical_weights():
    r, net = race()
    start = net.flat_params()
    for racer in r.racers:
        np.testing.assert_array_equal(racer.trainer.network.flat_params(), start)
        np.testing.assert_array_equal(racer.trajectory[0], start)
        assert racer.trainer.network is not net  # each trains its own copy
    r.step()
    np.testing.assert_array_equal(net.flat_params(), start)  # the start is left as it was


@pytest.mark.parametrize("dropout", [0.0, 0.3])
def test_racers_see_identical_batches(dropout, monkeypatch):
    seen = {}
    original = Trainer.train_on_batch

    def recording(self, X, Y, *args, **kwargs):
        seen.setdefault(id(self), []).append((X.copy(), Y.copy()))
        return original(self, X, Y, *args, **kwargs)

    monkeypatch.setattr(Trainer, "train_on_batch", recording)
    r, _ = race(dropout=dropout)
    for _ in r.run():
        pass
    batches = [seen[id(racer.trainer)] for racer in r.racers]
    assert len(batches[0]) == 3 * r.racers[0].trainer.batches_per_epoch
    for other in batches[1:]:
        assert len(other) == len(batches[0])
        for (X0, Y0), (X1, Y1) in zip(batches[0], other):
            np.testing.assert_array_equal(X0, X1)
            np.testing.assert_array_equal(Y0, Y1)
    orders = [racer.orders for racer in r.racers]
    assert len(orders[0]) == 3
    for other in orders[1:]:
        for a, b in zip(orders[0], other):
            np.testing.assert_array_equal(a, b)
    # the epochs' orders differ from each other (a reshuffle each epoch), so equal orders
    # across racers is not an accident of an unshuffled set
    assert not np.array_equal(orders[0][0], orders[0][1])


def test_lock_step_curves_trajectories_and_winner():
    r, _ = race(epochs=4)
    epochs = list(r.run())
    assert len(epochs) == 4
    for steps in epochs:
        assert all(step.epoch is not None for step in steps)
    for racer in r.racers:
        assert len(racer.history["val_loss"]) == 4
        assert racer.seconds > 0
        assert len(racer.trajectory) > 4
        np.testing.assert_array_equal(racer.trajectory[-1], racer.trainer.network.flat_params())
    # the optimizers really differ
    assert len({round(racer.val_loss, 9) for racer in r.racers}) == 3
    best = min(r.racers, key=lambda x: x.history["val_loss"][-1])
    assert r.winner() is best
    assert r.winner().summary()["val_loss"] == best.history["val_loss"][-1]


def test_a_diverging_racer_stops_and_the_others_go_on():
    r, _ = race(epochs=3, entries=[Entry("sgd", 1e9), Entry("adam", 0.02)])
    list(r.run())
    diverged, adam = r.racers
    assert diverged.trainer.stopped_because.startswith("diverg")
    assert adam.trainer.epoch == 3
    assert r.winner() is adam


def test_entries_are_checked():
    assert parse_entries("sgd:0.1, momentum:0.1:momentum=0.95,adam:0.01") == [
        Entry("sgd", 0.1),
        Entry("momentum", 0.1, {"momentum": 0.95}),
        Entry("adam", 0.01),
    ]
    for text, fragment in [
        ("sgd", "learning rate"),
        ("sgd:fast", "not a number"),
        ("rocket:0.1", "unknown optimizer"),
        ("sgd:-1", "positive"),
        ("adam:0.1:momentum=0.9", "no setting"),
        ("momentum:0.1:momentum", "key=number"),
    ]:
        with pytest.raises(ValueError, match=fragment):
            parse_entries(text)
    with pytest.raises(ValueError, match="2 to 7"):
        race(entries=[Entry("sgd", 0.1)])


def test_surfaces_race_with_the_optimizer_objects():
    rosen = surfaces.SURFACES["rosenbrock"]
    assert rosen.f(np.array(1.0), np.array(1.0)) == 0
    x, y = 0.3, -0.7
    h = 1e-6
    gx = (rosen.f(x + h, y) - rosen.f(x - h, y)) / (2 * h)
    gy = (rosen.f(x, y + h) - rosen.f(x, y - h)) / (2 * h)
    np.testing.assert_allclose(rosen.grad(x, y), (gx, gy), rtol=1e-5)
    sgd = surfaces.walk(rosen, "sgd")
    adam = surfaces.walk(rosen, "adam")
    assert sgd.points.shape == (rosen.steps + 1, 2)
    assert adam.values[-1] < sgd.values[-1] < sgd.values[0]  # Adam gets further down
    # one step by hand: SGD's first step is −η·∇f
    g = np.array(rosen.grad(*rosen.start))
    np.testing.assert_allclose(sgd.points[1], np.array(rosen.start) - 0.001 * g)
    saddle = surfaces.SURFACES["saddle"]
    slow = surfaces.walk(saddle, "sgd", steps=60)
    fast = surfaces.walk(saddle, "adam", steps=60)
    assert abs(slow.points[-1, 1]) < 0.1 < abs(fast.points[-1, 1])  # Adam leaves the ridge
    wild = surfaces.walk(rosen, "sgd", lr=0.1, steps=50)
    assert wild.stopped and "flew off" in wild.stopped
