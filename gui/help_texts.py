""" "What am I looking at?": a short explanation of every panel, for a student.

One entry per panel, keyed by the panel's object name: a title and a few short
paragraphs (plain text; a blank line separates paragraphs) saying what the colours,
sizes and axes mean, and one thing to try. The "?" button of each panel shows its
entry (gui.layout.HelpButton). All the words live here, in one place, so that they
can be translated together.
"""

from __future__ import annotations

from gui.i18n import QT_TRANSLATE_NOOP, translate

HELP: dict[str, tuple[str, str]] = {
    "networkEditor": (
        QT_TRANSLATE_NOOP("Help", "The network and its data"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Data: which examples the network learns from. Two moons, circles, XOR and "
            "spiral are points in a plane with two classes; MNIST is 28×28 images of "
            "handwritten digits. Size, noise, validation share and seed change the points; "
            "Regenerate draws them again and keeps the network.\n\n"
            "Hidden layers sit between the input (one unit per feature) and the output "
            "(one unit per class). Each hidden unit adds up its inputs times its weights and "
            "passes the sum through its activation function.\n\n"
            "Try: remove every hidden layer, Apply and train on two moons. A network without "
            "hidden layers can only draw a straight boundary. Add one layer of 8 tanh units "
            "back and train again.",
        ),
    ),
    "hyperparameters": (
        QT_TRANSLATE_NOOP("Help", "Training settings"),
        QT_TRANSLATE_NOOP(
            "Help",
            "How the network learns. The learning rate η is the size of each step downhill "
            "on the loss; the optimizer decides how the steps are taken (plain SGD, with "
            "momentum, or adapted per weight like Adam). Batch size is how many examples "
            "each step looks at. Epochs is how many passes over the training data one press "
            "of Train makes.\n\n"
            "A field that turns red was refused: the message next to it says why and the "
            "setting keeps the last good value shown under it.\n\n"
            "Try: set the learning rate to 3 with SGD and watch the loss jump about; then "
            "0.003 and watch it crawl.",
        ),
    ),
    "lossPlotPanel": (
        QT_TRANSLATE_NOOP("Help", "Loss and accuracy"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Left: the loss, how wrong the network is on average (lower is better). "
            "Right: the accuracy, the share of examples it classifies correctly. The "
            "horizontal axis counts epochs (passes over the training data).\n\n"
            "The thin pale line follows each mini-batch, the thick blue line is the whole "
            "epoch's training value and the red dashed line the validation set: examples "
            "the network never trains on. When the training curve keeps falling and the "
            "validation curve turns up, the network is memorising rather than learning "
            "(overfitting).\n\n"
            "Try: point at a curve to read its values; tick Log scale to see the late, "
            "small improvements.",
        ),
    ),
    "topologyView": (
        QT_TRANSLATE_NOOP("Help", "The network as a graph"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Columns are layers, from the input on the left to the output on the right; "
            "circles are units (neurons) and lines are weights.\n\n"
            "A circle's colour is its value for the current sample: blue positive, orange "
            "negative, white near zero (the colour bar gives the scale). A line is blue for "
            "a positive weight and orange for a negative one; the thicker and darker, the "
            "larger the weight compared with the others of its layer. While you step "
            "through a pass, the shaded column is the layer the step works on.\n\n"
            "Try: click a neuron to select it (the other panels follow) and hover it to "
            "read its value.",
        ),
    ),
    "weightHeatmaps": (
        QT_TRANSLATE_NOOP("Help", "Weights as pictures"),
        QT_TRANSLATE_NOOP(
            "Help",
            "One picture per layer of weights. Row i, column j is the weight from unit i of "
            "the layer below to unit j of the layer above. Blue is positive, orange "
            "negative, white zero; the colour bar gives the scale. The histogram beside it "
            "counts how many weights have each value.\n\n"
            "The selected neuron's incoming weights (its column) are outlined.\n\n"
            "Try: watch the histogram while training. With a large L2 penalty the weights "
            "crowd around zero.",
        ),
    ),
    "decisionBoundary": (
        QT_TRANSLATE_NOOP("Help", "Decision boundary"),
        QT_TRANSLATE_NOOP(
            "Help",
            "The big map colours every point of the plane by what the network predicts "
            "there: blue for class 1, orange for class 0, pale where it is unsure. The "
            "dots are the training examples, the squares the validation examples, coloured "
            "by their true class. Where a dot sits on the other colour, the network gets it "
            "wrong.\n\n"
            "The small maps show what each hidden neuron computes over the plane: the "
            "output's boundary is built out of them.\n\n"
            "Try: train a network without hidden layers (its boundary is a straight line), "
            "then with two hidden layers of 8 units.",
        ),
    ),
    "receptiveFields": (
        QT_TRANSLATE_NOOP("Help", "Receptive fields"),
        QT_TRANSLATE_NOOP(
            "Help",
            "For image data: each tile is one unit of the first hidden layer, showing its "
            "784 incoming weights laid out as the 28×28 image they multiply. Blue pixels "
            "push the unit up, orange pixels push it down, white pixels do not matter.\n\n"
            "Try: train on MNIST for one epoch and look for tiles that show strokes or "
            "parts of digits.",
        ),
    ),
    "gradientFlow": (
        QT_TRANSLATE_NOOP("Help", "Gradient flow"),
        QT_TRANSLATE_NOOP(
            "Help",
            "How strongly each layer learns. Top: the size of each layer's gradient "
            "‖∂L/∂W‖; bottom: the size of each update relative to the weights "
            "‖ΔW‖ / ‖W‖ (around 0.001 is healthy). Both axes are logarithmic: each grid "
            "line is ten times the one below. One colour per layer; thin lines follow the "
            "batches, dots are epoch means.\n\n"
            "Try: build a network of five sigmoid hidden layers. The first layers' lines "
            "sit far below the last one: the gradient vanishes on its way back.",
        ),
    ),
    "confusionMatrix": (
        QT_TRANSLATE_NOOP("Help", "Confusion matrix"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Rows are the true classes, columns the classes the network predicted, on the "
            "validation set. The diagonal holds the correct answers; every other cell is a "
            "kind of mistake. A cell's number is how many examples fell in it; its shade is "
            "their share of the row.\n\n"
            "Below, the misclassified examples, the most confident mistakes first.\n\n"
            "Try: on MNIST, find which two digits are confused most often, then click one "
            "of the mistakes to make it the current sample.",
        ),
    ),
    "stepThrough": (
        QT_TRANSLATE_NOOP("Help", "Step through one pass"),
        QT_TRANSLATE_NOOP(
            "Help",
            "One forward and one backward pass on the current sample, one operation at a "
            "time, with the real numbers. Forward: each layer computes z = a·W + b and "
            "then a = f(z). Backward: the error δ flows from the output back to the input, "
            "each layer multiplying by its weights and by its activation's slope, and gives "
            "the gradient of every weight.\n\n"
            "The list on the left is the order of the steps; the formula shows the selected "
            "neuron's numbers. Apply update makes exactly one training step on this sample; "
            "Undo takes it back.\n\n"
            "Try: go to the loss step, press Apply update, and see the loss on this sample "
            "fall.",
        ),
    ),
    "canvasPanel": (
        QT_TRANSLATE_NOOP("Help", "Draw a digit"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Draw a digit with the mouse. The network reads it as you draw: the big digit is "
            "its answer and the bars are the probabilities it gives each digit. The small "
            "grey image is what the network actually sees, your drawing shrunk to 28×28 "
            "and centred like the MNIST images.\n\n"
            "Try: draw a 7 with and without its crossbar, or a 1 written very slanted, and "
            "see which digits compete.",
        ),
    ),
    "spaceView": (
        QT_TRANSLATE_NOOP("Help", "How the layers bend the plane"),
        QT_TRANSLATE_NOOP(
            "Help",
            "The input plane, its grid lines and the data points, and where each layer "
            "moves them. Each layer first maps and shifts the plane (z = a·W + b, straight "
            "lines stay straight) and then bends it (a = g(z)). The slider goes from one "
            "stage to the next; Play runs through them all.\n\nIn the last hidden layer's "
            "space the output draws one straight line (dashed): the hidden layers have bent "
            "the plane until the classes can be cut apart by a line.\n\nTry: on two moons "
            "with 2-2-2-1 tanh, move the slider slowly and watch the moons pull apart.",
        ),
    ),
    "lossLandscape": (
        QT_TRANSLATE_NOOP("Help", "Loss landscape"),
        QT_TRANSLATE_NOOP(
            "Help",
            "The loss over a slice of weight space through the current weights: the centre "
            "is where the network is now, each direction changes all the weights together. "
            "Colours and contour lines show the height of the loss (its scale is beside it); the "
            "line is the path training took.\n\nThe directions are either random ones or "
            "the two along which training moved most; the panel says which, and on which "
            "data the loss is measured.\n\nTry: train with a large learning rate and see "
            "the path jump across the valley.",
        ),
    ),
    "optimizerRace": (
        QT_TRANSLATE_NOOP("Help", "Optimizer race"),
        QT_TRANSLATE_NOOP(
            "Help",
            "The same network trained by several optimizers from the same initial weights, "
            "with the same batches in the same order, so only the optimizer differs. The "
            "curves show each one's loss and accuracy; the map shows their paths on one "
            "loss landscape.\n\nTry: race SGD against Adam at learning rate 0.03, then "
            "give SGD a learning rate of 1.",
        ),
    ),
    "functionFit": (
        QT_TRANSLATE_NOOP("Help", "Function fit"),
        QT_TRANSLATE_NOOP(
            "Help",
            "For one input and one output: the target curve, the samples (dots for "
            "training, squares for validation) and the network's own curve (thick). The "
            "thin curves are the pieces: what each hidden unit adds to the output (blue "
            "where its weight is positive, orange where negative). They add up to the "
            "network's curve.\n\nTry: fit sin with 3 hidden units, then with 16, and watch "
            "the pieces.",
        ),
    ),
    "regressionView": (
        QT_TRANSLATE_NOOP("Help", "Predicted against true"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Left: every sample at (true value, predicted value). A perfect network puts "
            "them all on the diagonal. Right: the error of each validation sample against "
            "its true value; a pattern there (a slope, a curve) is something the network "
            "has not learnt yet.\n\nTry: train a network without hidden layers on a curved "
            "function and look at the pattern in the errors.",
        ),
    ),
    "regressionSurface": (
        QT_TRANSLATE_NOOP("Help", "Regression surface"),
        QT_TRANSLATE_NOOP(
            "Help",
            "For two inputs and one output: the plane coloured by the value the network "
            "predicts (blue positive, orange negative, white zero), with the samples on top "
            "in the same colours. Where a point's colour matches the ground under it, the "
            "network is right.\n\nTry: add the feature x₁² and see how few hidden units a "
            "bowl-shaped target needs.",
        ),
    ),
}


def help_for(name: str) -> tuple[str, str]:
    """(title, text) for the panel with object name `name`, in the window's language."""
    title, text = HELP[name]
    return translate("Help", title), translate("Help", text)
