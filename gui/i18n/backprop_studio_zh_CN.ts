<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrayBox</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;  &lt;span style=&apos;color:gray&apos;&gt;{1}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>the default digit model {0} could not be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>validation set #0 (no sample chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training set #0 (no sample chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confusion</name>
    <message>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the true class&apos;s row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression: no classes to confuse (see the Regression view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network or no dataset that fits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the first epoch ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix on the {0} ({1:,} examples), {2}: accuracy {3:.1%}. Rows: true class; columns: predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Hover a cell for its count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0:.1%} of the true {1}s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true {0}, predicted {1}: {2:,}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misclassified: {0:,} of {1:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the {0} most confident mistakes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Click one to make it the current sample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast (100 batches/frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch (10 batches/frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow (1 batch/frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on one mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train to the end of this epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weights from the seed; the curves start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many batches run between two redraws (about 30 per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataParams</name>
    <message>
        <source>How many points in all (training and validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the points scatter from their shape (0 = exactly on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the points held out for validation: the network never trains on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed draws the same points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the points again with these settings; keeps the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate (changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBoundary</name>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision boundary is drawn for 2-input networks (the 2D datasets); this one takes {0} inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● training, ■ validation, by true class: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: training (circles) and validation (squares), coloured by their true class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Background: class colours mixed by predicted probability (paler = unsure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Click the plane to make a point the current sample. Small maps: each hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> neuron&apos;s output (hover a neuron in the topology to see it large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unit {1}: its output over the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class over the plane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>MNIST is not here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MNIST digits (about 11 MB) are not on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download them (checked by SHA-256, kept for next time), or import the four IDX files from a folder you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the MNIST IDX files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backprop Studio {0}&lt;/b&gt;&lt;p&gt;Build a small neural network, train it, and watch it learn: weights, curves, and one forward and backward pass with the real numbers.&lt;/p&gt;&lt;p&gt;The engine is plain NumPy; the window is PySide6 and pyqtgraph.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitCanvas</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen width on the 280-pixel canvas; the default gives MNIST&apos;s stroke width for a digit drawn across most of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit the network reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network input 28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what the network reads: the drawing cropped, scaled, centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show preprocessing steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. ink cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. fitted in 20×20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the digit model as the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace&apos;s network, if it reads digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default digit model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network reads the drawing. The workspace&apos;s network reads only when it is a digit model (784 inputs, 10 outputs); otherwise the default model does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach it your handwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drawing is a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this drawing to My digits as a {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune on my digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train briefly on your digits mixed with MNIST, so the model learns your handwriting without forgetting the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the digits you taught; relabel or delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the original model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the fine-tuning of the default digit model: read with the model as shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading with the workspace network ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading with the network being trained (epoch {0:.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading with the default digit model, fine-tuned on your digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can read the drawing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; reading with the original default digit model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading with the default digit model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training has just started: reading with the default digit model until the first update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is {0}: reading with the default digit model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the original default digit model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open My digits: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My digits: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit first, then press its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add it to My digits: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as a {0}. My digits: {1}. Draw the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no digit model to fine-tune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read My digits: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My digits is empty: draw a digit and press its label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuned. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It reads now, but will not be there next time: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Kept for next time (Restore the original model undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Float in a large window, or dock again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (View menu shows it again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receptive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Draw a digit with the mouse or a pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionFit</name>
    <message>
        <source>Show each hidden unit&apos;s contribution w·a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function fit is drawn for regression with one input and one output (the 1D datasets sine, abs, step, bumps, poly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick black: the network&apos;s output ŷ(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; dashed green: the target function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; dots: training samples, squares: validation samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of the {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} strongest of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Thin lines: {0} last hidden layer&apos;s units&apos; contribution w·a(x) (blue w &gt; 0, orange w &lt; 0); grey dotted: the output bias b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ŷ = Σ w·a + b: the thin lines and the bias add up to the thick one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientFlow</name>
    <message>
        <source>gradient norm per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update size relative to the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin lines: batches (sampled); dots: epoch means. Log scale (ticks at 1, 2, 5 × 10ᵏ).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The network and its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: which examples the network learns from. Two moons, circles, XOR and spiral are points in a plane with two classes; MNIST is 28×28 images of handwritten digits. Size, noise, validation share and seed change the points; Regenerate draws them again and keeps the network.

Hidden layers sit between the input (one unit per feature) and the output (one unit per class). Each hidden unit adds up its inputs times its weights and passes the sum through its activation function.

Try: remove every hidden layer, Apply and train on two moons. A network without hidden layers can only draw a straight boundary. Add one layer of 8 tanh units back and train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the network learns. The learning rate η is the size of each step downhill on the loss; the optimizer decides how the steps are taken (plain SGD, with momentum, or adapted per weight like Adam). Batch size is how many examples each step looks at. Epochs is how many passes over the training data one press of Train makes.

A field that turns red was refused: the message next to it says why and the setting keeps the last good value shown under it.

Try: set the learning rate to 3 with SGD and watch the loss jump about; then 0.003 and watch it crawl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: the loss, how wrong the network is on average (lower is better). Right: the accuracy, the share of examples it classifies correctly. The horizontal axis counts epochs (passes over the training data).

The thin pale line follows each mini-batch, the thick blue line is the whole epoch&apos;s training value and the red dashed line the validation set: examples the network never trains on. When the training curve keeps falling and the validation curve turns up, the network is memorising rather than learning (overfitting).

Try: point at a curve to read its values; tick Log scale to see the late, small improvements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network as a graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are layers, from the input on the left to the output on the right; circles are units (neurons) and lines are weights.

A circle&apos;s colour is its value for the current sample: blue positive, orange negative, white near zero (the colour bar gives the scale). A line is blue for a positive weight and orange for a negative one; the thicker and darker, the larger the weight compared with the others of its layer. While you step through a pass, the shaded column is the layer the step works on.

Try: click a neuron to select it (the other panels follow) and hover it to read its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights as pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One picture per layer of weights. Row i, column j is the weight from unit i of the layer below to unit j of the layer above. Blue is positive, orange negative, white zero; the colour bar gives the scale. The histogram beside it counts how many weights have each value.

The selected neuron&apos;s incoming weights (its column) are outlined.

Try: watch the histogram while training. With a large L2 penalty the weights crowd around zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The big map colours every point of the plane by what the network predicts there: blue for class 1, orange for class 0, pale where it is unsure. The dots are the training examples, the squares the validation examples, coloured by their true class. Where a dot sits on the other colour, the network gets it wrong.

The small maps show what each hidden neuron computes over the plane: the output&apos;s boundary is built out of them.

Try: train a network without hidden layers (its boundary is a straight line), then with two hidden layers of 8 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receptive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For image data: each tile is one unit of the first hidden layer, showing its 784 incoming weights laid out as the 28×28 image they multiply. Blue pixels push the unit up, orange pixels push it down, white pixels do not matter.

Try: train on MNIST for one epoch and look for tiles that show strokes or parts of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly each layer learns. Top: the size of each layer&apos;s gradient ‖∂L/∂W‖; bottom: the size of each update relative to the weights ‖ΔW‖ / ‖W‖ (around 0.001 is healthy). Both axes are logarithmic: each grid line is ten times the one below. One colour per layer; thin lines follow the batches, dots are epoch means.

Try: build a network of five sigmoid hidden layers. The first layers&apos; lines sit far below the last one: the gradient vanishes on its way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are the true classes, columns the classes the network predicted, on the validation set. The diagonal holds the correct answers; every other cell is a kind of mistake. A cell&apos;s number is how many examples fell in it; its shade is their share of the row.

Below, the misclassified examples, the most confident mistakes first.

Try: on MNIST, find which two digits are confused most often, then click one of the mistakes to make it the current sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through one pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One forward and one backward pass on the current sample, one operation at a time, with the real numbers. Forward: each layer computes z = a·W + b and then a = f(z). Backward: the error δ flows from the output back to the input, each layer multiplying by its weights and by its activation&apos;s slope, and gives the gradient of every weight.

The list on the left is the order of the steps; the formula shows the selected neuron&apos;s numbers. Apply update makes exactly one training step on this sample; Undo takes it back.

Try: go to the loss step, press Apply update, and see the loss on this sample fall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit with the mouse. The network reads it as you draw: the big digit is its answer and the bars are the probabilities it gives each digit. The small grey image is what the network actually sees, your drawing shrunk to 28×28 and centred like the MNIST images.

Try: draw a 7 with and without its crossbar, or a 1 written very slanted, and see which digits compete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at? — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hyperparameters</name>
    <message>
        <source>; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (typed in %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — applies at Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write settings as name=value, e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} takes a number, not {1!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#888&apos;&gt;{0}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#888&apos;&gt;0 black … white {0}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>Import a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>Import a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} rows × {1} columns · delimiter: {2} · decimal mark: {3} · header row: {4} · {5:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (columns numbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; {1} inputs, standardised with the training rows&apos; mean and spread; {2:,} rows to train on, {3:,} for validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFeatures</name>
    <message>
        <source>Give the network {0} of each point as an input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossLandscape</name>
    <message>
        <source>random directions (filter-normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal directions of the trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre the plane on the current weights again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute when training pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α (first direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β (second direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss landscape needs a network that fits the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the {0} × {1} grid (coarse first)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions: {0}. Loss on {1}. ■ start, ★ the weights now; (0, 0): the weights the plane was computed at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The trajectory lies mostly off a random plane: drawn is its shadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} × {1} grid, {2:.2f} s; loss at the centre {3:.4g} (the network&apos;s own {4:.4g}), lowest {5:.4g}, highest {6:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential moving average of the per-batch curves (α = 0.05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train to see the loss fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training, per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the curves to read their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch loss {0:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch RMSE {0:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch accuracy {0:.1f}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val. RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val. acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} (end of epoch {2})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backprop Studio models (*.bps);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.bps *.onnx);;Backprop Studio models (*.bps);;ONNX MLPs (*.onnx);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the learning rate to {0:g} and reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset starts again from the initial weights: the {0:.1f} epochs trained so far are dropped (save first to keep them). Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}[*] — Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the script from which weights?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s initial weights: the script replays this run, its loss curve the app&apos;s. The current weights: it trains on from where the network is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the untitled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: save the changes to {1} first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import MNIST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download MNIST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export ONNX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PyTorch script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MnistDownload</name>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST downloaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} of {2:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDigitsDialog</name>
    <message>
        <source>My digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected digits this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected digits from My digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My digits could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit {0}, labelled {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} digit{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: teach some on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the label: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled {0} as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <source>Two moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build this network (new weights, from the seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers (units, activation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {0} hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} units (one per feature of the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the predicted value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(probability of class 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1:,} weights and biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — press Apply to build it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} training + {1:,} validation samples, {2} features, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number to predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSpec</name>
    <message>
        <source>a hidden layer needs 1 to {0} units, not {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimizerRace</name>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (solid: validation, dotted: training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test surfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches of {0}, seed {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every racer trains {0} on {1} from the workspace&apos;s initial weights (the ones Reset keeps), {2}: the same start and the same batches for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network or dataset to race on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;{3}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared landscape, ■ = the common start ({0:.0%} + {1:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;■&lt;/span&gt; {3}: validation loss {4:.4f}, {5:.2f} s{6}{7}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Winner: {0}&lt;/b&gt; (lowest validation loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No winner&lt;/b&gt;: every optimizer diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racing… epoch {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Landscape: the loss on {0} over the plane of the first two principal directions of all trajectories together (the share of their spread each explains in its title), centred on the common start.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>The network&apos;s output for each digit (softmax probabilities)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RacerRow</name>
    <message>
        <source>e.g. momentum=0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write settings as key=number, e.g. momentum=0.9, not {0!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptiveFields</name>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receptive fields need image inputs; this network takes {0} numbers that are not an image. Choose MNIST to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {0}, weight from pixel (row {1}, column {2}) = {3:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegressionSurface</name>
    <message>
        <source>Ground: the network&apos;s output ŷ over the plane. Points: the samples coloured by their true y (● training, ■ validation); a point that blends into the ground is predicted well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regression surface is drawn for regression on 2D points (the datasets plane and gaussians).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegressionView</name>
    <message>
        <source>true y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted vs true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residual ŷ − y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residuals (validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted against true values is drawn for regression datasets (classification has the confusion matrix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residuals (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (● training, ■ validation; on the dashed diagonal ŷ = y)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Train / pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on one mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train to the end of the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: new weights from the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceView</name>
    <message>
        <source>the output&apos;s direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run through the stages, pausing at each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: input, then z and a of each layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this layer is drawn when it has more than 2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide layer drawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no 2D data points to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this network takes {0} inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space view follows the input plane through the layers, so it needs a 2-input network on 2D data (two moons, circles, spiral, ...); {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. Grid of the input plane: blue x₁ = const, brown x₂ = const.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Dashed: the output&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Yellow: the current sample and its last move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation set #0 (no sample chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training set #0 (no sample chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Dashed: the output&apos;s decision line, exact here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Dashed: where the output&apos;s decision hyperplane meets the shown plane (through the data&apos;s mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it puts {0:.1f} % of the points on their predicted side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Moving in the drawn 2D coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the direction the output reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: principal component across it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: principal component 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: principal component 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage has at most 2 units: it is drawn exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Ready: press Train (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.1f} s of compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepThrough</name>
    <message>
        <source>The class the loss compares the output with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one step on this sample (the same code path as training) (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the weights and optimizer state from before the last update (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sample chosen: using the first {0} example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet: build one to step through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step-through traces a class target; this dataset is a regression (watch it in the Function fit, Regression surface and Regression views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample: load a dataset, or pick a sample to trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample has {0} values but the network takes {1} inputs: pick a sample of this dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot step through with these settings: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — its label {0} is not one of this network&apos;s {1} classes: the target is the predicted class; choose another →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — no label: the target is the predicted class; choose another →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot step through this network: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}:  {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss on this sample before the update {0} → now {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many numbers to list them all: the selected neuron&apos;s formula shows the largest terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predicted class; click a node or a row to pick another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest {0} of layer {1}; click a node or a row to pick another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Neuron: {0}&lt;/b&gt; — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w¹ into unit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w·a: what each pixel adds to z¹{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂L/∂w¹ into unit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δw¹ into unit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running: pause it to step through one sample and apply updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update applied: the loss on this sample went from {0} to {1}. Undo puts the weights back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfaceRace</name>
    <message>
        <source>Run on the surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run: the ticked optimizers (with their own settings; the learning rates are the surface&apos;s own) start together at the white ring; × marks the minima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;■&lt;/span&gt; {3}: step {4}, f = {5:.4g}{6}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>z (weighted input)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>node: activation a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;— thicker and darker = larger |w| (relative to the layer&apos;s largest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Hover for values, click a neuron to select it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet: build one in the Network panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Edges drawn: the strongest </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Units shown (strongest): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ij,ij-&gt;i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input pixel (row {0}, column {1}) = unit {2}: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>step: η·drop every `every` epochs; exponential: η·gamma^epoch; cosine: from η down to lr_min over the run. Empty = the defaults shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} applies when you press Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initializer applies when you press Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <source>No network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W{0}[row {1}, column {2}] = {3:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>there is no network or dataset to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the trained weights?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} starts again from new weights: the {1:.1f} epochs trained so far are dropped (save first to keep them). Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: the same initial weights as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights re-initialised ({0}, seed {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerating the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0} (ONNX: {1}); Save writes a .bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model was trained on MNIST, which is not on this computer: get it with File → Download MNIST… or File → Import MNIST…, then open the model again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model was trained on the table {0}, which is not beside it: put the file next to the model, or import it with File → Import table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1} applies at the next Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weights from it at the next Reset (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer trains another network: reset the model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update: {0}; the weights are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: the model or its trainer was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: the weights changed since the update (training, a reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training first: fine-tuning would fight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights changed while fine-tuning ran (training, a reset or an update): the fine-tuned weights were not applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Layer</name>
    <message>
        <source>from unit ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to unit ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram of W{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LayerRow</name>
    <message>
        <source>Units in this hidden layer (1–{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
