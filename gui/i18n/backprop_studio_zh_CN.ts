<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrayBox</name>
    <message>
        <source>{0} units × {1} samples</source>
        <translation>{0} 个单元 × {1} 个样本</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} 个单元</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 个单元</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;  &lt;span style=&apos;color:gray&apos;&gt;{1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;  &lt;span style=&apos;color:gray&apos;&gt;{1}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>the default digit model {0} could not be read: {1}</source>
        <translation>无法读取默认数字模型 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>validation set #0 (no sample chosen)</source>
        <translation>验证集第 0 个（未选样本）</translation>
    </message>
    <message>
        <source>training set #0 (no sample chosen)</source>
        <translation>训练集第 0 个（未选样本）</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>无样本</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>隐藏 {0}</translation>
    </message>
</context>
<context>
    <name>Confusion</name>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>share of the true class&apos;s row</source>
        <translation>占真实类别所在行的比例</translation>
    </message>
    <message>
        <source>validation set</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Regression: no classes to confuse (see the Regression view).</source>
        <translation>回归：没有可混淆的类别（请看“回归”视图）。</translation>
    </message>
    <message>
        <source>No network or no dataset that fits it.</source>
        <translation>没有网络，或没有与之匹配的数据集。</translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation>第 {0} 轮次之后</translation>
    </message>
    <message>
        <source>before the first epoch ended</source>
        <translation>第一个轮次结束之前</translation>
    </message>
    <message>
        <source>Confusion matrix on the {0} ({1:,} examples), {2}: accuracy {3:.1%}. Rows: true class; columns: predicted.</source>
        <translation>{0}上的混淆矩阵（{1:,} 个样本），{2}：准确率 {3:.1%}。行：真实类别；列：预测类别。</translation>
    </message>
    <message>
        <source> Hover a cell for its count.</source>
        <translation>指向格子可查看其数量。</translation>
    </message>
    <message>
        <source> ({0:.1%} of the true {1}s)</source>
        <translation>（占真实类别 {1} 的 {0:.1%}）</translation>
    </message>
    <message>
        <source>true {0}, predicted {1}: {2:,}{3}</source>
        <translation>真实 {0}，预测 {1}：{2:,}{3}</translation>
    </message>
    <message>
        <source>Misclassified: {0:,} of {1:,}</source>
        <translation>分类错误：{0:,} / {1:,}</translation>
    </message>
    <message>
        <source>, the {0} most confident mistakes shown</source>
        <translation>，显示最有把握的 {0} 个错误</translation>
    </message>
    <message>
        <source>. Click one to make it the current sample.</source>
        <translation>。点击一个可将其设为当前样本。</translation>
    </message>
    <message>
        <source>true {0} → {1}
{2:.0%} sure</source>
        <translation>真实 {0} → {1}
把握 {2:.0%}</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Fast (100 batches/frame)</source>
        <translation>快（每帧 100 个批量）</translation>
    </message>
    <message>
        <source>Watch (10 batches/frame)</source>
        <translation>观察（每帧 10 个批量）</translation>
    </message>
    <message>
        <source>Slow (1 batch/frame)</source>
        <translation>慢（每帧 1 个批量）</translation>
    </message>
    <message>
        <source>Train / pause</source>
        <translation>训练 / 暂停</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>单步批量</translation>
    </message>
    <message>
        <source>Train on one mini-batch</source>
        <translation>用一个小批量训练一步</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>单步轮次</translation>
    </message>
    <message>
        <source>Train to the end of this epoch</source>
        <translation>训练到本轮次结束</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>New weights from the seed; the curves start over</source>
        <translation>由种子生成新的权重；曲线重新开始</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>How many batches run between two redraws (about 30 per second)</source>
        <translation>两次重绘之间运行多少个批量（每秒约重绘 30 次）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>DataParams</name>
    <message>
        <source>How many points in all (training and validation)</source>
        <translation>点的总数（训练和验证）</translation>
    </message>
    <message>
        <source>How far the points scatter from their shape (0 = exactly on it)</source>
        <translation>点偏离其形状的程度（0 = 正好在形状上）</translation>
    </message>
    <message>
        <source>Share of the points held out for validation: the network never trains on them</source>
        <translation>留作验证的点所占比例：网络从不在这些点上训练</translation>
    </message>
    <message>
        <source>The same seed draws the same points</source>
        <translation>相同的种子生成相同的点</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Draw the points again with these settings; keeps the network</source>
        <translation>用这些设置重新生成点；保留网络</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Regenerate (changed)</source>
        <translation>重新生成（已更改）</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>mnist</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>高斯团</translation>
    </message>
    <message>
        <source>iris</source>
        <translation>鸢尾花</translation>
    </message>
    <message>
        <source>wine</source>
        <translation>葡萄酒</translation>
    </message>
    <message>
        <source>breast_cancer</source>
        <translation>乳腺癌</translation>
    </message>
    <message>
        <source>sine</source>
        <translation>正弦</translation>
    </message>
    <message>
        <source>abs</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>step</source>
        <translation>阶跃</translation>
    </message>
    <message>
        <source>bumps</source>
        <translation>凸起</translation>
    </message>
    <message>
        <source>poly</source>
        <translation>多项式</translation>
    </message>
    <message>
        <source>plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>gaussians</source>
        <translation>高斯峰</translation>
    </message>
</context>
<context>
    <name>DecisionBoundary</name>
    <message>
        <source>p(class 1)</source>
        <translation>p(类别 1)</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>The decision boundary is drawn for 2-input networks (the 2D datasets); this one takes {0} inputs.</source>
        <translation>决策边界只为 2 个输入的网络绘制（二维数据集）；这个网络有 {0} 个输入。</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>类别 {0}</translation>
    </message>
    <message>
        <source>● training, ■ validation, by true class: {0}</source>
        <translation>● 训练，■ 验证，按真实类别着色：{0}</translation>
    </message>
    <message>
        <source>Points: training (circles) and validation (squares), coloured by their true class.</source>
        <translation>点：训练样本（圆）和验证样本（方块），按真实类别着色。</translation>
    </message>
    <message>
        <source> Background: class colours mixed by predicted probability (paler = unsure).</source>
        <translation>背景：按预测概率混合的类别颜色（越浅 = 越不确定）。</translation>
    </message>
    <message>
        <source> Click the plane to make a point the current sample. Small maps: each hidden</source>
        <translation>点击平面可将一个点设为当前样本。小图：每个隐藏</translation>
    </message>
    <message>
        <source> neuron&apos;s output (hover a neuron in the topology to see it large).</source>
        <translation>神经元的输出（在拓扑图中指向神经元可放大查看）。</translation>
    </message>
    <message>
        <source>+ {0} more hidden layers: hover a neuron in the topology to see its map</source>
        <translation>另有 {0} 个隐藏层：在拓扑图中指向神经元可查看其图</translation>
    </message>
    <message>
        <source>output a of {0} unit {1}</source>
        <translation>{0} 单元 {1} 的输出 a</translation>
    </message>
    <message>
        <source>{0} unit {1}: its output over the plane</source>
        <translation>{0} 单元 {1}：它在平面上的输出</translation>
    </message>
    <message>
        <source>predicted p(class 1)</source>
        <translation>预测 p(类别 1)</translation>
    </message>
    <message>
        <source>predicted class over the plane</source>
        <translation>平面上的预测类别</translation>
    </message>
    <message>
        <source>plane ({0:.2f}, {1:.2f})</source>
        <translation>平面 ({0:.2f}, {1:.2f})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>MNIST is not here yet</source>
        <translation>还没有 MNIST</translation>
    </message>
    <message>
        <source>The MNIST digits (about 11 MB) are not on this computer yet.</source>
        <translation>这台计算机上还没有 MNIST 手写数字（约 11 MB）。</translation>
    </message>
    <message>
        <source>Download them (checked by SHA-256, kept for next time), or import the four IDX files from a folder you already have.</source>
        <translation>下载它们（以 SHA-256 校验，保留供下次使用），或从已有的文件夹导入四个 IDX 文件。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Folder with the MNIST IDX files</source>
        <translation>包含 MNIST IDX 文件的文件夹</translation>
    </message>
    <message>
        <source>Import MNIST</source>
        <translation>导入 MNIST</translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation>关于 Backprop Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backprop Studio {0}&lt;/b&gt;&lt;p&gt;Build a small neural network, train it, and watch it learn: weights, curves, and one forward and backward pass with the real numbers.&lt;/p&gt;&lt;p&gt;The engine is plain NumPy; the window is PySide6 and pyqtgraph.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Backprop Studio {0}&lt;/b&gt;&lt;p&gt;搭建一个小型神经网络，训练它，观察它如何学习：权重、曲线，以及带真实数值的一次前向传播和反向传播。&lt;/p&gt;&lt;p&gt;计算引擎是纯 NumPy；窗口使用 PySide6 和 pyqtgraph。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DigitCanvas</name>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>{0} ({1} inputs)</source>
        <translation>{0}（{1} 个输入）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the canvas</source>
        <translation>清空画布</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
    <message>
        <source>Pen width on the 280-pixel canvas; the default gives MNIST&apos;s stroke width for a digit drawn across most of the canvas</source>
        <translation>280 像素画布上的笔宽；默认值在数字占满大部分画布时得到与 MNIST 相同的笔画粗细</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>笔宽</translation>
    </message>
    <message>
        <source>The digit the network reads</source>
        <translation>网络读出的数字</translation>
    </message>
    <message>
        <source>Network input 28×28</source>
        <translation>网络输入 28×28</translation>
    </message>
    <message>
        <source>Exactly what the network reads: the drawing cropped, scaled, centred</source>
        <translation>网络实际读取的内容：裁剪、缩放并居中后的图</translation>
    </message>
    <message>
        <source>Show preprocessing steps</source>
        <translation>显示预处理步骤</translation>
    </message>
    <message>
        <source>1. ink cropped</source>
        <translation>1. 裁剪笔迹</translation>
    </message>
    <message>
        <source>2. fitted in 20×20</source>
        <translation>2. 缩放到 20×20</translation>
    </message>
    <message>
        <source>Open the digit model as the workspace</source>
        <translation>将数字模型作为工作区打开</translation>
    </message>
    <message>
        <source>the workspace&apos;s network, if it reads digits</source>
        <translation>工作区的网络（如果它识别数字）</translation>
    </message>
    <message>
        <source>the default digit model</source>
        <translation>默认数字模型</translation>
    </message>
    <message>
        <source>Which network reads the drawing. The workspace&apos;s network reads only when it is a digit model (784 inputs, 10 outputs); otherwise the default model does.</source>
        <translation>由哪个网络读取图画。只有当工作区的网络是数字模型（784 个输入，10 个输出）时才由它读取；否则由默认模型读取。</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>读取所用</translation>
    </message>
    <message>
        <source>Teach it your handwriting</source>
        <translation>教它认识你的笔迹</translation>
    </message>
    <message>
        <source>This drawing is a:</source>
        <translation>这个图画是：</translation>
    </message>
    <message>
        <source>Add this drawing to My digits as a {0}</source>
        <translation>将此图画作为 {0} 加入“我的数字”</translation>
    </message>
    <message>
        <source>Fine-tune on my digits</source>
        <translation>用我的数字微调</translation>
    </message>
    <message>
        <source>Train briefly on your digits mixed with MNIST, so the model learns your handwriting without forgetting the rest</source>
        <translation>在你的数字与 MNIST 混合的数据上短暂训练，让模型学会你的笔迹而不忘记其余内容</translation>
    </message>
    <message>
        <source>My digits…</source>
        <translation>我的数字…</translation>
    </message>
    <message>
        <source>See the digits you taught; relabel or delete them</source>
        <translation>查看你教过的数字；重新标注或删除它们</translation>
    </message>
    <message>
        <source>Restore the original model</source>
        <translation>恢复原始模型</translation>
    </message>
    <message>
        <source>Forget the fine-tuning of the default digit model: read with the model as shipped</source>
        <translation>丢弃默认数字模型的微调：使用随程序提供的模型读取</translation>
    </message>
    <message>
        <source>Reading with the workspace network ({0}).</source>
        <translation>正在用工作区网络读取（{0}）。</translation>
    </message>
    <message>
        <source>Reading with the network being trained (epoch {0:.1f}).</source>
        <translation>正在用训练中的网络读取（第 {0:.1f} 轮次）。</translation>
    </message>
    <message>
        <source>Reading with the default digit model, fine-tuned on your digits.</source>
        <translation>正在用默认数字模型读取，已用你的数字微调。</translation>
    </message>
    <message>
        <source>Nothing can read the drawing: {0}</source>
        <translation>没有网络能读取这个图画：{0}</translation>
    </message>
    <message>
        <source>{0}; reading with the original default digit model.</source>
        <translation>{0}；正在用原始默认数字模型读取。</translation>
    </message>
    <message>
        <source>Reading with the default digit model.</source>
        <translation>正在用默认数字模型读取。</translation>
    </message>
    <message>
        <source>Training has just started: reading with the default digit model until the first update.</source>
        <translation>训练刚刚开始：在第一次更新之前用默认数字模型读取。</translation>
    </message>
    <message>
        <source>The workspace is {0}: reading with the default digit model.</source>
        <translation>工作区是 {0}：正在用默认数字模型读取。</translation>
    </message>
    <message>
        <source>Restored the original default digit model.</source>
        <translation>已恢复原始默认数字模型。</translation>
    </message>
    <message>
        <source>Could not open My digits: {0}</source>
        <translation>无法打开“我的数字”：{0}</translation>
    </message>
    <message>
        <source>My digits: {0}.</source>
        <translation>我的数字：{0}。</translation>
    </message>
    <message>
        <source>canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Draw a digit first, then press its label.</source>
        <translation>请先画一个数字，再按它的标签。</translation>
    </message>
    <message>
        <source>Could not add it to My digits: {0}</source>
        <translation>无法加入“我的数字”：{0}</translation>
    </message>
    <message>
        <source>Added as a {0}. My digits: {1}. Draw the next one.</source>
        <translation>已作为 {0} 加入。我的数字：{1}。请画下一个。</translation>
    </message>
    <message>
        <source>There is no digit model to fine-tune.</source>
        <translation>没有可微调的数字模型。</translation>
    </message>
    <message>
        <source>Could not read My digits: {0}</source>
        <translation>无法读取“我的数字”：{0}</translation>
    </message>
    <message>
        <source>My digits is empty: draw a digit and press its label first.</source>
        <translation>“我的数字”是空的：请先画一个数字并按它的标签。</translation>
    </message>
    <message>
        <source>Fine-tuning…</source>
        <translation>正在微调…</translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation>微调失败：{0}</translation>
    </message>
    <message>
        <source>Fine-tuned. </source>
        <translation>已微调。</translation>
    </message>
    <message>
        <source> It reads now, but will not be there next time: {0}</source>
        <translation>现在可以读取，但下次启动时不会保留：{0}</translation>
    </message>
    <message>
        <source> Kept for next time (Restore the original model undoes it).</source>
        <translation>已保留供下次使用（“恢复原始模型”可撤销）。</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Float in a large window, or dock again</source>
        <translation>在大窗口中浮动显示，或重新停靠</translation>
    </message>
    <message>
        <source>Close (View menu shows it again)</source>
        <translation>关闭（可在“视图”菜单中再次显示）</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>损失和准确率</translation>
    </message>
    <message>
        <source>Network topology</source>
        <translation>网络拓扑</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Regression surface</source>
        <translation>回归曲面</translation>
    </message>
    <message>
        <source>Function fit</source>
        <translation>函数拟合</translation>
    </message>
    <message>
        <source>Receptive fields</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>Space view</source>
        <translation>空间视图</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>逐步执行</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>画一个数字</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>优化器竞赛</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Draw a digit with the mouse or a pen</source>
        <translation>用鼠标或手写笔画一个数字</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在这里画一个数字</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>{1} — the learning rate is probably too large: lower it (e.g. ÷10) and reset</source>
        <translation>{1} — 学习率可能太大：请降低它（例如 ÷10）并重置</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>how each gradient becomes a weight update</source>
        <translation>每个梯度如何变成一次权重更新</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>step size of the optimizer, e.g. 0.03</source>
        <translation>优化器的步长，例如 0.03</translation>
    </message>
    <message>
        <source>&gt; 0</source>
        <translation>&gt; 0</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>how η changes with the epoch (cosine decays over the run)</source>
        <translation>η 如何随轮次变化（cosine 在整个运行中衰减）</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>samples per mini-batch; at most the number of training samples</source>
        <translation>每个小批量的样本数；不超过训练样本数</translation>
    </message>
    <message>
        <source>a whole number &gt;= 1</source>
        <translation>不小于 1 的整数</translation>
    </message>
    <message>
        <source>epochs (total)</source>
        <translation>轮次（总数）</translation>
    </message>
    <message>
        <source>training stops when this many epochs have run in all (Train after it stopped adds this many more and shows the new total)</source>
        <translation>总共运行这么多轮次后训练停止（停止后再按“训练”会再加这么多轮次，并显示新的总数）</translation>
    </message>
    <message>
        <source>L1 penalty λ₁</source>
        <translation>L1 惩罚 λ₁</translation>
    </message>
    <message>
        <source>λ₁ · Σ|W| is added to the loss (0 = off)</source>
        <translation>λ₁ · Σ|W| 加到损失上（0 = 关闭）</translation>
    </message>
    <message>
        <source>&gt;= 0</source>
        <translation>&gt;= 0</translation>
    </message>
    <message>
        <source>L2 penalty λ₂</source>
        <translation>L2 惩罚 λ₂</translation>
    </message>
    <message>
        <source>λ₂/2 · Σ W² is added to the loss (0 = off)</source>
        <translation>λ₂/2 · Σ W² 加到损失上（0 = 关闭）</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>随机失活</translation>
    </message>
    <message>
        <source>probability of dropping each hidden unit during training</source>
        <translation>训练时丢弃每个隐藏单元的概率</translation>
    </message>
    <message>
        <source>a probability in [0, 1)</source>
        <translation>[0, 1) 之间的概率</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>seeds the weights, the shuffling and dropout (same seed, same run)</source>
        <translation>决定权重、打乱顺序和随机失活（相同种子，相同运行）</translation>
    </message>
    <message>
        <source>a whole number &gt;= 0</source>
        <translation>不小于 0 的整数</translation>
    </message>
    <message>
        <source>initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>how the weights start</source>
        <translation>权重的初始值如何生成</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>distort training images (shift, rotate, scale, thicken); digits only</source>
        <translation>对训练图像做变形（平移、旋转、缩放、加粗）；仅限数字</translation>
    </message>
    <message>
        <source>stop at training loss ≤</source>
        <translation>训练损失 ≤ 时停止</translation>
    </message>
    <message>
        <source>stop when the epoch&apos;s training loss reaches this (empty = not used)</source>
        <translation>当轮次的训练损失达到该值时停止（留空 = 不使用）</translation>
    </message>
    <message>
        <source>stop at error ≤</source>
        <translation>错误率 ≤ 时停止</translation>
    </message>
    <message>
        <source>stop when the validation error rate (training, without validation data) reaches this share, 0..1 (empty = not used)</source>
        <translation>当验证错误率（没有验证数据时用训练错误率）达到该比例时停止，0..1（留空 = 不使用）</translation>
    </message>
    <message>
        <source>in [0, 1]</source>
        <translation>在 [0, 1] 之间</translation>
    </message>
    <message>
        <source>stop if ‖ΔW‖ &lt;</source>
        <translation>‖ΔW‖ &lt; 时停止</translation>
    </message>
    <message>
        <source>stop when the last update&apos;s size falls below this (empty = not used)</source>
        <translation>当最近一次更新的大小低于该值时停止（留空 = 不使用）</translation>
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation>早停耐心值</translation>
    </message>
    <message>
        <source>stop after this many epochs without a better validation loss (empty = not used)</source>
        <translation>验证损失连续这么多轮次没有改善就停止（留空 = 不使用）</translation>
    </message>
    <message>
        <source>time limit (s)</source>
        <translation>时间上限 (s)</translation>
    </message>
    <message>
        <source>stop after this much training time, in seconds (empty = not used)</source>
        <translation>训练这么多秒后停止（留空 = 不使用）</translation>
    </message>
    <message>
        <source>{1} must be {2}, not {3}</source>
        <translation>{1} 必须 {2}，而不是 {3}</translation>
    </message>
    <message>
        <source>{1} takes a number, not {2}</source>
        <translation>{1} 需要一个数，而不是 {2}</translation>
    </message>
    <message>
        <source>{1} takes a whole number, not {2}</source>
        <translation>{1} 需要一个整数，而不是 {2}</translation>
    </message>
    <message>
        <source>{1} needs a value</source>
        <translation>{1} 需要一个值</translation>
    </message>
    <message>
        <source>{1} is yes or no, not {2}</source>
        <translation>{1} 只能是“是”或“否”，而不是 {2}</translation>
    </message>
    <message>
        <source>{1} is true or false, not {2}</source>
        <translation>{1} 只能是真或假，而不是 {2}</translation>
    </message>
    <message>
        <source>unknown {1} {2}; known: {3}</source>
        <translation>未知的{1} {2}；已知的有：{3}</translation>
    </message>
    <message>
        <source>reached {1} epochs</source>
        <translation>已达到 {1} 个轮次</translation>
    </message>
    <message>
        <source>time limit of {1} s reached</source>
        <translation>已达到 {1} s 的时间上限</translation>
    </message>
    <message>
        <source>early stopping: validation loss has not improved for {1} epochs (best {2})</source>
        <translation>早停：验证损失已有 {1} 个轮次没有改善（最佳 {2}）</translation>
    </message>
    <message>
        <source>diverging: the weights of layer {1} exploded (root mean square {2}, above {3})</source>
        <translation>发散：第 {1} 层的权重爆炸（均方根 {2}，超过 {3}）</translation>
    </message>
    <message>
        <source>diverging: the epoch&apos;s loss is {1}</source>
        <translation>发散：本轮次的损失为 {1}</translation>
    </message>
    <message>
        <source>diverging: the loss ({1}) has stayed more than {2} its best ({3}) for {4} epochs</source>
        <translation>发散：损失（{1}）已连续 {4} 个轮次超过其最佳值（{3}）的 {2}</translation>
    </message>
    <message>
        <source>diverging: the loss ({1}) has stayed above the untrained network&apos;s ({2}) for {3} epochs</source>
        <translation>发散：损失（{1}）已连续 {3} 个轮次高于未训练网络的损失（{2}）</translation>
    </message>
    <message>
        <source>diverging: {1} at epoch {2}, batch {3} (learning rate {4}); the weights are the last finite ones — lower the learning rate and reset</source>
        <translation>发散：在第 {2} 轮次第 {3} 个批量时{1}（学习率 {4}）；权重保留为最后一组有限值——请降低学习率并重置</translation>
    </message>
    <message>
        <source>the loss became {1}</source>
        <translation>损失变成了 {1}</translation>
    </message>
    <message>
        <source>the weights grew past {1}</source>
        <translation>权重超过了 {1}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>{1} values from {2} to {3}</source>
        <translation>{1} 个值，从 {2} 到 {3}</translation>
    </message>
    <message>
        <source>The one unit</source>
        <translation>唯一的单元</translation>
    </message>
    <message>
        <source>Each of the {1} units</source>
        <translation>{1} 个单元中的每一个</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>这个值</translation>
    </message>
    <message>
        <source>the {1} values</source>
        <translation>全部 {1} 个值</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>layer {1}</source>
        <translation>第 {1} 层</translation>
    </message>
    <message>
        <source>{1} of layer {2} adds up {3} of {4}, each times its weight, plus its bias: {5} = {6}.</source>
        <translation>第 {2} 层的{1}把{4}的{3}各自乘以权重后相加，再加上偏置：{5} = {6}。</translation>
    </message>
    <message>
        <source>squashes each z into (0, 1)</source>
        <translation>把每个 z 压缩到 (0, 1) 之间</translation>
    </message>
    <message>
        <source>squashes each z into (−1, 1)</source>
        <translation>把每个 z 压缩到 (−1, 1) 之间</translation>
    </message>
    <message>
        <source>keeps each positive z and turns each negative one into 0</source>
        <translation>保留每个正的 z，把每个负的 z 变成 0</translation>
    </message>
    <message>
        <source>keeps each positive z and scales each negative one by {1}</source>
        <translation>保留每个正的 z，把每个负的 z 乘以 {1}</translation>
    </message>
    <message>
        <source>passes each z through unchanged</source>
        <translation>让每个 z 原样通过</translation>
    </message>
    <message>
        <source>turns the scores z into probabilities that add up to 1</source>
        <translation>把得分 z 变成总和为 1 的概率</translation>
    </message>
    <message>
        <source>The activation {1} {2}: {3} = {4}. The network predicts class {5} (output {6} {7} 0.5).</source>
        <translation>激活函数 {1} {2}：{3} = {4}。网络预测为类别 {5}（输出 {6} {7} 0.5）。</translation>
    </message>
    <message>
        <source>The activation {1} {2}: {3} = {4}. The network predicts class {5} (output {6}).</source>
        <translation>激活函数 {1} {2}：{3} = {4}。网络预测为类别 {5}（输出 {6}）。</translation>
    </message>
    <message>
        <source>The activation {1} {2}: {3} = {4}.</source>
        <translation>激活函数 {1} {2}：{3} = {4}。</translation>
    </message>
    <message>
        <source>half the squared distance between the output and the target</source>
        <translation>输出与目标之间距离平方的一半</translation>
    </message>
    <message>
        <source>minus the log of the probability the network gave the right class</source>
        <translation>网络给正确类别的概率取对数再取负</translation>
    </message>
    <message>
        <source>{1}, averaged over the {2} samples</source>
        <translation>{1}，在 {2} 个样本上取平均</translation>
    </message>
    <message>
        <source>The loss measures how wrong the output is for the target (class {1}): {2}, here L = {3}.</source>
        <translation>损失衡量输出相对于目标（类别 {1}）错得有多厉害：{2}，这里 L = {3}。</translation>
    </message>
    <message>
        <source>for cross-entropy with {1} outputs it is simply output minus target</source>
        <translation>对于 {1} 输出的交叉熵，它就是输出减去目标</translation>
    </message>
    <message>
        <source>for mse with linear outputs it is simply output minus target</source>
        <translation>对于线性输出的 mse，它就是输出减去目标</translation>
    </message>
    <message>
        <source>for mse through softmax, the error a − y goes through softmax&apos;s Jacobian</source>
        <translation>对于经过 softmax 的 mse，误差 a − y 要乘以 softmax 的雅可比矩阵</translation>
    </message>
    <message>
        <source>for mse it is output minus target, times the slope of {1}</source>
        <translation>对于 mse，它是输出减去目标，再乘以 {1} 的斜率</translation>
    </message>
    <message>
        <source>Backpropagation starts at the output: {1} tells how much the loss changes when each output z changes; {2}: {3} = {4}.</source>
        <translation>反向传播从输出开始：{1} 表示每个输出 z 变化时损失变化多少；{2}：{3} = {4}。</translation>
    </message>
    <message>
        <source>The error flows back: each unit of layer {1} collects the δ of the units it feeds, weighted by the same weights, times the slope of its activation: {2} = {3}.</source>
        <translation>误差向后流动：第 {1} 层的每个单元收集它所连接的下游单元的 δ，用同样的权重加权，再乘以自身激活函数的斜率（链式法则：上游梯度 × 局部梯度）：{2} = {3}。</translation>
    </message>
    <message>
        <source>Each weight&apos;s gradient is the δ of the unit it feeds times the activation that flows through it{1}; the largest is {2} = {3}. Each bias&apos;s gradient is the δ of its unit.</source>
        <translation>每个权重的梯度等于它所连接单元的 δ 乘以流经它的激活值{1}；最大的是 {2} = {3}。每个偏置的梯度就是其单元的 δ。</translation>
    </message>
    <message>
        <source>, plus λ₂·W = {1}·W from L2 regularisation</source>
        <translation>，再加上来自 L2 正则化的 λ₂·W = {1}·W</translation>
    </message>
    <message>
        <source>, plus λ₁·sign(W) = {1}·sign(W) from L1 regularisation</source>
        <translation>，再加上来自 L1 正则化的 λ₁·sign(W) = {1}·sign(W)</translation>
    </message>
    <message>
        <source>No update: {1}, so the weights stay as they were.</source>
        <translation>未更新：{1}，因此权重保持不变。</translation>
    </message>
    <message>
        <source>Gradient descent moves every weight a small step against its gradient, W ← W − η·∂L/∂W with η = {1}; the largest change in {2} is {3}.</source>
        <translation>梯度下降让每个权重沿梯度的反方向迈一小步，W ← W − η·∂L/∂W，其中 η = {1}；{2} 中最大的变化是 {3}。</translation>
    </message>
    <message>
        <source>{1} applies its rule at step t = {2} with {3}, using its running values ({4}); the largest change in {5} is {6}.</source>
        <translation>{1}在第 t = {2} 步按其规则更新，参数为 {3}，并使用其累积量（{4}）；{5} 中最大的变化是 {6}。</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量法</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量法</translation>
    </message>
    <message>
        <source>chain rule on each edge: upstream gradient × local gradient = downstream gradient</source>
        <translation>每条连线上的链式法则：上游梯度 × 局部梯度 = 下游梯度</translation>
    </message>
    <message>
        <source>… and {1} more weights</source>
        <translation>… 还有 {1} 个权重</translation>
    </message>
    <message>
        <source>[{1} smaller terms: {2}]</source>
        <translation>[{1} 个较小的项：{2}]</translation>
    </message>
    <message>
        <source>and {1} smaller ones</source>
        <translation>以及 {1} 个较小的</translation>
    </message>
    <message>
        <source>unit {1} of layer {2} ({3})</source>
        <translation>第 {2} 层的单元 {1}（{3}）</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>new {1}</source>
        <translation>新的 {1}</translation>
    </message>
    <message>
        <source>{1} of {2}</source>
        <translation>{2} 的 {1}</translation>
    </message>
    <message>
        <source>this network takes {1} inputs, got {2}</source>
        <translation>这个网络有 {1} 个输入，收到的是 {2} 个</translation>
    </message>
    <message>
        <source>2 units, shown exactly</source>
        <translation>2 个单元，精确显示</translation>
    </message>
    <message>
        <source>1 unit, shown on a line</source>
        <translation>1 个单元，显示在一条线上</translation>
    </message>
    <message>
        <source>{1} % of the variance</source>
        <translation>方差的 {1} %</translation>
    </message>
    <message>
        <source>{1} units, showing units {2} and {3} ({4})</source>
        <translation>{1} 个单元，显示单元 {2} 和 {3}（{4}）</translation>
    </message>
    <message>
        <source>{1} units: across, the direction the output reads; up, the first principal component across it ({2})</source>
        <translation>{1} 个单元：横向是输出读取的方向；纵向是与之垂直的第一主成分（{2}）</translation>
    </message>
    <message>
        <source>{1} units, first two principal components ({2})</source>
        <translation>{1} 个单元，前两个主成分（{2}）</translation>
    </message>
    <message>
        <source>two random directions (seed {1}), scaled to each unit&apos;s weights ({2} normalisation, Li et al. 2018); biases held</source>
        <translation>两个随机方向（种子 {1}），按每个单元的权重缩放（{2}归一化，Li 等人 2018）；偏置保持不变</translation>
    </message>
    <message>
        <source>two random directions (seed {1}), scaled to each layer&apos;s weights ({2} normalisation, Li et al. 2018); biases held</source>
        <translation>两个随机方向（种子 {1}），按每层的权重缩放（{2}归一化，Li 等人 2018）；偏置保持不变</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>按滤波器</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>按层</translation>
    </message>
    <message>
        <source>the first two principal directions of {1} trajectory points ({2} and {3} of their spread)</source>
        <translation>{1} 个轨迹点的前两个主方向（分别解释其离散度的 {2} 和 {3}）</translation>
    </message>
    <message>
        <source>all {1} training samples</source>
        <translation>全部 {1} 个训练样本</translation>
    </message>
    <message>
        <source>{1} of {2} training samples (random, seed {3})</source>
        <translation>{2} 个训练样本中的 {1} 个（随机，种子 {3}）</translation>
    </message>
    <message>
        <source>principal directions need a trajectory of at least two points away from the current weights: train a little first (or use random directions)</source>
        <translation>主方向需要一条至少有两个点偏离当前权重的轨迹：请先训练一会儿（或使用随机方向）</translation>
    </message>
    <message>
        <source>the trajectory moved along a single line: there is no second direction</source>
        <translation>轨迹只沿一条直线移动：不存在第二个方向</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍面</translation>
    </message>
    <message>
        <source>rosenbrock</source>
        <translation>Rosenbrock</translation>
    </message>
    <message>
        <source>reached 1 epoch</source>
        <translation>已达到 1 个轮次</translation>
    </message>
    <message>
        <source>training loss {1} reached the target {2}</source>
        <translation>训练损失 {1} 已达到目标 {2}</translation>
    </message>
    <message>
        <source>validation error {1} reached the target {2}</source>
        <translation>验证错误率 {1} 已达到目标 {2}</translation>
    </message>
    <message>
        <source>training error {1} reached the target {2}</source>
        <translation>训练错误率 {1} 已达到目标 {2}</translation>
    </message>
    <message>
        <source>weight updates became tiny (‖ΔW‖ = {1} &lt; {2})</source>
        <translation>权重更新变得极小（‖ΔW‖ = {1} &lt; {2}）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>column {1}</source>
        <translation>第 {1} 列</translation>
    </message>
    <message>
        <source>row {1}, column {2}</source>
        <translation>第 {1} 行，列 {2}</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>{1} is not a number (exclude the column, or pick it as the target)</source>
        <translation>{1} 不是数（请排除该列，或把它选为目标）</translation>
    </message>
    <message>
        <source>{1} is not a number</source>
        <translation>{1} 不是数</translation>
    </message>
</context>
<context>
    <name>FunctionFit</name>
    <message>
        <source>Show each hidden unit&apos;s contribution w·a</source>
        <translation>显示每个隐藏单元的贡献 w·a</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>The function fit is drawn for regression with one input and one output (the 1D datasets sine, abs, step, bumps, poly).</source>
        <translation>函数拟合只为单输入单输出的回归绘制（一维数据集：正弦、绝对值、阶跃、凸起、多项式）。</translation>
    </message>
    <message>
        <source>Thick black: the network&apos;s output ŷ(x)</source>
        <translation>粗黑线：网络的输出 ŷ(x)</translation>
    </message>
    <message>
        <source>; dashed green: the target function</source>
        <translation>；绿色虚线：目标函数</translation>
    </message>
    <message>
        <source>; dots: training samples, squares: validation samples.</source>
        <translation>；圆点：训练样本，方块：验证样本。</translation>
    </message>
    <message>
        <source>each of the {0}</source>
        <translation>全部 {0} 个</translation>
    </message>
    <message>
        <source>the {0} strongest of</source>
        <translation>最强的 {0} 个</translation>
    </message>
    <message>
        <source> Thin lines: {0} last hidden layer&apos;s units&apos; contribution w·a(x) (blue w &gt; 0, orange w &lt; 0); grey dotted: the output bias b.</source>
        <translation>细线：最后一个隐藏层中{0}单元的贡献 w·a(x)（蓝色 w &gt; 0，橙色 w &lt; 0）；灰色点线：输出偏置 b。</translation>
    </message>
    <message>
        <source> ŷ = Σ w·a + b: the thin lines and the bias add up to the thick one.</source>
        <translation>ŷ = Σ w·a + b：细线与偏置相加得到粗线。</translation>
    </message>
</context>
<context>
    <name>GradientFlow</name>
    <message>
        <source>gradient norm per layer</source>
        <translation>每层的梯度范数</translation>
    </message>
    <message>
        <source>update size relative to the weights</source>
        <translation>更新量相对于权重的大小</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Thin lines: batches (sampled); dots: epoch means. Log scale (ticks at 1, 2, 5 × 10ᵏ).</source>
        <translation>细线：批量（抽样）；圆点：轮次平均值。对数坐标（刻度为 1、2、5 × 10ᵏ）。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The network and its data</source>
        <translation>网络及其数据</translation>
    </message>
    <message>
        <source>Data: which examples the network learns from. Two moons, circles, XOR and spiral are points in a plane with two classes; MNIST is 28×28 images of handwritten digits. Size, noise, validation share and seed change the points; Regenerate draws them again and keeps the network.

Hidden layers sit between the input (one unit per feature) and the output (one unit per class). Each hidden unit adds up its inputs times its weights and passes the sum through its activation function.

Try: remove every hidden layer, Apply and train on two moons. A network without hidden layers can only draw a straight boundary. Add one layer of 8 tanh units back and train again.</source>
        <translation>数据：网络从哪些样本中学习。双月、同心圆、XOR 和螺旋是平面上分成两类的点；MNIST 是 28×28 的手写数字图像。点数、噪声、验证比例和种子会改变这些点；“重新生成”会重新生成点并保留网络。

隐藏层位于输入层（每个特征一个单元）和输出层（每个类别一个单元）之间。每个隐藏单元把输入乘以各自的权重后相加，再把和送入它的激活函数。

试一试：删除所有隐藏层，按“应用”，在双月上训练。没有隐藏层的网络只能画出一条直线边界。再加回一层 8 个 tanh 单元，重新训练。</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>How the network learns. The learning rate η is the size of each step downhill on the loss; the optimizer decides how the steps are taken (plain SGD, with momentum, or adapted per weight like Adam). Batch size is how many examples each step looks at. Epochs is how many passes over the training data one press of Train makes.

A field that turns red was refused: the message next to it says why and the setting keeps the last good value shown under it.

Try: set the learning rate to 3 with SGD and watch the loss jump about; then 0.003 and watch it crawl.</source>
        <translation>网络如何学习。学习率 η 是沿损失下坡每一步的大小；优化器决定如何迈步（普通 SGD、带动量，或像 Adam 那样为每个权重自适应）。批量大小是每一步看多少个样本。轮次是按一次“训练”要遍历训练数据多少遍。

变红的字段表示输入被拒绝：旁边的消息说明原因，设置保持下方显示的上一个有效值。

试一试：用 SGD 把学习率设为 3，看损失如何上下跳动；再设为 0.003，看它如何缓慢下降。</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>损失和准确率</translation>
    </message>
    <message>
        <source>Left: the loss, how wrong the network is on average (lower is better). Right: the accuracy, the share of examples it classifies correctly. The horizontal axis counts epochs (passes over the training data).

The thin pale line follows each mini-batch, the thick blue line is the whole epoch&apos;s training value and the red dashed line the validation set: examples the network never trains on. When the training curve keeps falling and the validation curve turns up, the network is memorising rather than learning (overfitting).

Try: point at a curve to read its values; tick Log scale to see the late, small improvements.</source>
        <translation>左：损失，即网络平均错得有多厉害（越低越好）。右：准确率，即分类正确的样本所占比例。横轴是轮次（遍历训练数据的次数）。

浅色细线跟随每个小批量，蓝色粗线是整个轮次的训练值，红色虚线是验证集：网络从不在其上训练的样本。当训练曲线继续下降而验证曲线开始上升时，网络是在死记硬背而不是在学习（过拟合）。

试一试：指向曲线读取数值；勾选“对数坐标”查看后期的微小改进。</translation>
    </message>
    <message>
        <source>The network as a graph</source>
        <translation>以图的形式看网络</translation>
    </message>
    <message>
        <source>Columns are layers, from the input on the left to the output on the right; circles are units (neurons) and lines are weights.

A circle&apos;s colour is its value for the current sample: blue positive, orange negative, white near zero (the colour bar gives the scale). A line is blue for a positive weight and orange for a negative one; the thicker and darker, the larger the weight compared with the others of its layer. While you step through a pass, the shaded column is the layer the step works on.

Try: click a neuron to select it (the other panels follow) and hover it to read its value.</source>
        <translation>每一列是一层，从左边的输入到右边的输出；圆圈是单元（神经元），连线是权重。

圆圈的颜色是它对当前样本的值：蓝色为正，橙色为负，白色接近零（色条给出刻度）。正权重的连线是蓝色，负权重是橙色；越粗越深，表示该权重相对于同层其他权重越大。逐步执行一次传播时，带阴影的列就是当前步骤所处理的层。

试一试：点击一个神经元将其选中（其他面板会跟随），指向它可读取它的值。</translation>
    </message>
    <message>
        <source>Weights as pictures</source>
        <translation>以图像看权重</translation>
    </message>
    <message>
        <source>One picture per layer of weights. Row i, column j is the weight from unit i of the layer below to unit j of the layer above. Blue is positive, orange negative, white zero; the colour bar gives the scale. The histogram beside it counts how many weights have each value.

The selected neuron&apos;s incoming weights (its column) are outlined.

Try: watch the histogram while training. With a large L2 penalty the weights crowd around zero.</source>
        <translation>每层权重一张图。第 i 行第 j 列是从下一层的单元 i 到上一层的单元 j 的权重。蓝色为正，橙色为负，白色为零；色条给出刻度。旁边的直方图统计各个取值的权重有多少。

选中神经元的输入权重（它所在的列）会被框出。

试一试：训练时观察直方图。L2 惩罚较大时，权重会聚集在零附近。</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>The big map colours every point of the plane by what the network predicts there: blue for class 1, orange for class 0, pale where it is unsure. The dots are the training examples, the squares the validation examples, coloured by their true class. Where a dot sits on the other colour, the network gets it wrong.

The small maps show what each hidden neuron computes over the plane: the output&apos;s boundary is built out of them.

Try: train a network without hidden layers (its boundary is a straight line), then with two hidden layers of 8 units.</source>
        <translation>大图按网络在平面每一点上的预测着色：蓝色为类别 1，橙色为类别 0，不确定处颜色较浅。圆点是训练样本，方块是验证样本，按真实类别着色。圆点落在另一种颜色上时，说明网络判断错了。

小图显示每个隐藏神经元在平面上的计算结果：输出的边界就是由它们组合而成的。

试一试：训练一个没有隐藏层的网络（它的边界是一条直线），再训练一个有两个 8 单元隐藏层的网络。</translation>
    </message>
    <message>
        <source>Receptive fields</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>For image data: each tile is one unit of the first hidden layer, showing its 784 incoming weights laid out as the 28×28 image they multiply. Blue pixels push the unit up, orange pixels push it down, white pixels do not matter.

Try: train on MNIST for one epoch and look for tiles that show strokes or parts of digits.</source>
        <translation>用于图像数据：每个小图是第一个隐藏层的一个单元，把它的 784 个输入权重排成与之相乘的 28×28 图像。蓝色像素使单元增大，橙色像素使它减小，白色像素无影响。

试一试：在 MNIST 上训练一个轮次，找一找显示笔画或数字局部的小图。</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>How strongly each layer learns. Top: the size of each layer&apos;s gradient ‖∂L/∂W‖; bottom: the size of each update relative to the weights ‖ΔW‖ / ‖W‖ (around 0.001 is healthy). Both axes are logarithmic: each grid line is ten times the one below. One colour per layer; thin lines follow the batches, dots are epoch means.

Try: build a network of five sigmoid hidden layers. The first layers&apos; lines sit far below the last one: the gradient vanishes on its way back.</source>
        <translation>每一层学得有多强。上：每层梯度的大小 ‖∂L/∂W‖；下：每次更新相对于权重的大小 ‖ΔW‖ / ‖W‖（约 0.001 为健康）。两条轴都是对数坐标：每条网格线是下一条的十倍。每层一种颜色；细线跟随批量，圆点是轮次平均值。

试一试：搭建一个有五个 sigmoid 隐藏层的网络。前几层的线远低于最后一层：梯度在反向传播途中消失了。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Rows are the true classes, columns the classes the network predicted, on the validation set. The diagonal holds the correct answers; every other cell is a kind of mistake. A cell&apos;s number is how many examples fell in it; its shade is their share of the row.

Below, the misclassified examples, the most confident mistakes first.

Try: on MNIST, find which two digits are confused most often, then click one of the mistakes to make it the current sample.</source>
        <translation>在验证集上，行是真实类别，列是网络预测的类别。对角线是正确答案；其他每个格子都是一种错误。格子里的数字是落在其中的样本数；颜色深浅是它们占该行的比例。

下方是分类错误的样本，最有把握的错误排在最前。

试一试：在 MNIST 上找出最常混淆的两个数字，然后点击其中一个错误样本，把它设为当前样本。</translation>
    </message>
    <message>
        <source>Step through one pass</source>
        <translation>逐步执行一次传播</translation>
    </message>
    <message>
        <source>One forward and one backward pass on the current sample, one operation at a time, with the real numbers. Forward: each layer computes z = a·W + b and then a = f(z). Backward: the error δ flows from the output back to the input, each layer multiplying by its weights and by its activation&apos;s slope, and gives the gradient of every weight.

The list on the left is the order of the steps; the formula shows the selected neuron&apos;s numbers. Apply update makes exactly one training step on this sample; Undo takes it back.

Try: go to the loss step, press Apply update, and see the loss on this sample fall.</source>
        <translation>在当前样本上做一次前向传播和一次反向传播，每次一个运算，使用真实数值。前向：每层计算 z = a·W + b，然后 a = f(z)。反向：误差 δ 从输出流回输入，每层乘以它的权重和激活函数的斜率，得到每个权重的梯度（链式法则：上游梯度 × 局部梯度）。

左边的列表是步骤的顺序；公式显示选中神经元的数值。“应用更新”在这个样本上恰好做一步训练；“撤销”将其撤回。

试一试：转到损失这一步，按“应用更新”，看这个样本上的损失下降。</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>画一个数字</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse. The network reads it as you draw: the big digit is its answer and the bars are the probabilities it gives each digit. The small grey image is what the network actually sees, your drawing shrunk to 28×28 and centred like the MNIST images.

Try: draw a 7 with and without its crossbar, or a 1 written very slanted, and see which digits compete.</source>
        <translation>用鼠标画一个数字。网络边画边读：大数字是它的答案，条形是它给每个数字的概率。灰色小图是网络实际看到的内容：你的图画缩小到 28×28，并像 MNIST 图像那样居中。

试一试：画一个带横杠和不带横杠的 7，或一个写得很斜的 1，看看哪些数字在竞争。</translation>
    </message>
    <message>
        <source>How the layers bend the plane</source>
        <translation>各层如何弯曲平面</translation>
    </message>
    <message>
        <source>The input plane, its grid lines and the data points, and where each layer moves them. Each layer first maps and shifts the plane (z = a·W + b, straight lines stay straight) and then bends it (a = g(z)). The slider goes from one stage to the next; Play runs through them all.

In the last hidden layer&apos;s space the output draws one straight line (dashed): the hidden layers have bent the plane until the classes can be cut apart by a line.

Try: on two moons with 2-2-2-1 tanh, move the slider slowly and watch the moons pull apart.</source>
        <translation>输入平面、它的网格线和数据点，以及每一层把它们移到了哪里。每一层先对平面做线性变换和平移（z = a·W + b，直线仍是直线），再把它弯曲（a = g(z)）。滑块从一个阶段走到下一个阶段；“播放”会依次走完所有阶段。

在最后一个隐藏层的空间里，输出画出一条直线（虚线）：隐藏层已把平面弯曲到可以用一条直线把各类别分开。

试一试：在双月上用 2-2-2-1 tanh 网络，慢慢移动滑块，看两个月牙如何被拉开。</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>The loss over a slice of weight space through the current weights: the centre is where the network is now, each direction changes all the weights together. Colours and contour lines show the height of the loss (its scale is beside it); the line is the path training took.

The directions are either random ones or the two along which training moved most; the panel says which, and on which data the loss is measured.

Try: train with a large learning rate and see the path jump across the valley.</source>
        <translation>经过当前权重的一个权重空间切片上的损失：中心是网络现在的位置，每个方向都同时改变所有权重。颜色和等高线表示损失的高低（刻度在旁边）；那条线是训练走过的路径。

方向要么是随机的，要么是训练移动最多的两个方向；面板会说明是哪一种，以及损失是在哪些数据上计算的。

试一试：用较大的学习率训练，看路径如何在山谷两侧来回跳。</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>优化器竞赛</translation>
    </message>
    <message>
        <source>The same network trained by several optimizers from the same initial weights, with the same batches in the same order, so only the optimizer differs. The curves show each one&apos;s loss and accuracy; the map shows their paths on one loss landscape.

Try: race SGD against Adam at learning rate 0.03, then give SGD a learning rate of 1.</source>
        <translation>同一个网络由几个优化器从相同的初始权重开始训练，批量相同、顺序相同，所以只有优化器不同。曲线显示各自的损失和准确率；地图显示它们在同一个损失地形上的路径。

试一试：在学习率 0.03 下让 SGD 和 Adam 比赛，然后把 SGD 的学习率设为 1。</translation>
    </message>
    <message>
        <source>Function fit</source>
        <translation>函数拟合</translation>
    </message>
    <message>
        <source>For one input and one output: the target curve, the samples (dots for training, squares for validation) and the network&apos;s own curve (thick). The thin curves are the pieces: what each hidden unit adds to the output (blue where its weight is positive, orange where negative). They add up to the network&apos;s curve.

Try: fit sin with 3 hidden units, then with 16, and watch the pieces.</source>
        <translation>用于单输入单输出：目标曲线、样本（圆点为训练，方块为验证）和网络自己的曲线（粗线）。细曲线是组成部分：每个隐藏单元加到输出上的量（权重为正时为蓝色，为负时为橙色）。它们相加就是网络的曲线。

试一试：用 3 个隐藏单元拟合正弦，再用 16 个，观察这些组成部分。</translation>
    </message>
    <message>
        <source>Predicted against true</source>
        <translation>预测值对真实值</translation>
    </message>
    <message>
        <source>Left: every sample at (true value, predicted value). A perfect network puts them all on the diagonal. Right: the error of each validation sample against its true value; a pattern there (a slope, a curve) is something the network has not learnt yet.

Try: train a network without hidden layers on a curved function and look at the pattern in the errors.</source>
        <translation>左：每个样本画在（真实值，预测值）处。完美的网络会把它们全部放在对角线上。右：每个验证样本的误差对其真实值作图；其中的规律（斜坡、弯曲）就是网络还没学会的东西。

试一试：在一条弯曲的函数上训练一个没有隐藏层的网络，观察误差中的规律。</translation>
    </message>
    <message>
        <source>Regression surface</source>
        <translation>回归曲面</translation>
    </message>
    <message>
        <source>For two inputs and one output: the plane coloured by the value the network predicts (blue positive, orange negative, white zero), with the samples on top in the same colours. Where a point&apos;s colour matches the ground under it, the network is right.

Try: add the feature x₁² and see how few hidden units a bowl-shaped target needs.</source>
        <translation>用于双输入单输出：平面按网络预测的值着色（蓝色为正，橙色为负，白色为零），样本用同样的颜色画在上面。点的颜色与其下方底面颜色一致时，网络就预测对了。

试一试：加入特征 x₁²，看看碗形目标只需要多少个隐藏单元。</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什么？</translation>
    </message>
    <message>
        <source>What am I looking at? — {0}</source>
        <translation>我在看什么？— {0}</translation>
    </message>
</context>
<context>
    <name>Hyperparameters</name>
    <message>
        <source>; {0}</source>
        <translation>；{0}</translation>
    </message>
    <message>
        <source> (typed in %)</source>
        <translation>（以 % 输入）</translation>
    </message>
    <message>
        <source> — applies at Reset</source>
        <translation> — 重置时生效</translation>
    </message>
    <message>
        <source>write settings as name=value, e.g. {0}</source>
        <translation>请按 名称=值 的形式填写设置，例如 {0}</translation>
    </message>
    <message>
        <source>{0} takes a number, not {1!r}</source>
        <translation>{0} 需要一个数，而不是 {1!r}</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#888&apos;&gt;{0}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#888&apos;&gt;{0}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#888&apos;&gt;0 black … white {0}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#888&apos;&gt;0 黑 … 白 {0}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>Import a table</source>
        <translation>导入表格</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation>特征列</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>验证比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>{0:,} rows × {1} columns · delimiter: {2} · decimal mark: {3} · header row: {4} · {5:,} bytes</source>
        <translation>{0:,} 行 × {1} 列 · 分隔符：{2} · 小数点：{3} · 标题行：{4} · {5:,} 字节</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>point</source>
        <translation>句点</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no (columns numbered)</source>
        <translation>无（列按编号命名）</translation>
    </message>
    <message>
        <source>{0}  (text)</source>
        <translation>{0}（文本）</translation>
    </message>
    <message>
        <source>automatic ({0})</source>
        <translation>自动（{0}）</translation>
    </message>
    <message>
        <source>classification into {0} classes ({1})</source>
        <translation>分类，共 {0} 个类别（{1}）</translation>
    </message>
    <message>
        <source>regression (a number per row; linear output and mse suit it)</source>
        <translation>回归（每行一个数；适合线性输出和 mse）</translation>
    </message>
    <message>
        <source>{0}; {1} inputs, standardised with the training rows&apos; mean and spread; {2:,} rows to train on, {3:,} for validation</source>
        <translation>{0}；{1} 个输入，用训练行的均值和离散度标准化；{2:,} 行用于训练，{3:,} 行用于验证</translation>
    </message>
</context>
<context>
    <name>InputFeatures</name>
    <message>
        <source>Give the network {0} of each point as an input</source>
        <translation>把每个点的 {0} 作为网络的一个输入</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart Backprop Studio now?</source>
        <translation>新语言将在下次启动时使用。现在重新启动 Backprop Studio 吗？</translation>
    </message>
</context>
<context>
    <name>LossLandscape</name>
    <message>
        <source>random directions (filter-normalised)</source>
        <translation>随机方向（按滤波器归一化）</translation>
    </message>
    <message>
        <source>principal directions of the trajectory</source>
        <translation>轨迹的主方向</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Centre the plane on the current weights again</source>
        <translation>重新以当前权重为平面中心</translation>
    </message>
    <message>
        <source>Recompute when training pauses</source>
        <translation>训练暂停时重新计算</translation>
    </message>
    <message>
        <source>α (first direction)</source>
        <translation>α（第一个方向）</translation>
    </message>
    <message>
        <source>β (second direction)</source>
        <translation>β（第二个方向）</translation>
    </message>
    <message>
        <source>log₁₀ loss</source>
        <translation>log₁₀ 损失</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>The loss landscape needs a network that fits the dataset.</source>
        <translation>损失地形需要一个与数据集匹配的网络。</translation>
    </message>
    <message>
        <source>computing the {0} × {1} grid (coarse first)…</source>
        <translation>正在计算 {0} × {1} 网格（先粗后细）…</translation>
    </message>
    <message>
        <source>Directions: {0}. Loss on {1}. ■ start, ★ the weights now; (0, 0): the weights the plane was computed at.</source>
        <translation>方向：{0}。{1}上的损失。■ 起点，★ 当前权重；(0, 0)：计算该平面时的权重。</translation>
    </message>
    <message>
        <source> The trajectory lies mostly off a random plane: drawn is its shadow.</source>
        <translation>轨迹大部分不在随机平面上：画出的是它的投影。</translation>
    </message>
    <message>
        <source>{0} × {1} grid, {2:.2f} s; loss at the centre {3:.4g} (the network&apos;s own {4:.4g}), lowest {5:.4g}, highest {6:.4g}</source>
        <translation>{0} × {1} 网格，{2:.2f} s；中心处损失 {3:.4g}（网络自身的 {4:.4g}），最低 {5:.4g}，最高 {6:.4g}</translation>
    </message>
    <message>
        <source>Not computed: {0}</source>
        <translation>未计算：{0}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>在对数坐标轴上显示损失</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Exponential moving average of the per-batch curves (α = 0.05)</source>
        <translation>对逐批量曲线做指数移动平均（α = 0.05）</translation>
    </message>
    <message>
        <source>Train to see the loss fall</source>
        <translation>训练后可看到损失下降</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>training, per batch</source>
        <translation>训练，逐批量</translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation>训练，逐轮次</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>training (batch)</source>
        <translation>训练（批量）</translation>
    </message>
    <message>
        <source>training (epoch)</source>
        <translation>训练（轮次）</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Point at the curves to read their values</source>
        <translation>指向曲线可读取数值</translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation>轮次 {0:.2f}</translation>
    </message>
    <message>
        <source>batch loss {0:.4g}</source>
        <translation>批量损失 {0:.4g}</translation>
    </message>
    <message>
        <source>batch RMSE {0:.4g}</source>
        <translation>批量 RMSE {0:.4g}</translation>
    </message>
    <message>
        <source>batch accuracy {0:.1f}%</source>
        <translation>批量准确率 {0:.1f}%</translation>
    </message>
    <message>
        <source>val. RMSE</source>
        <translation>验证 RMSE</translation>
    </message>
    <message>
        <source>val. acc.</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>{0} {1} (end of epoch {2})</source>
        <translation>{0} {1}（第 {2} 轮次结束时）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backprop Studio models (*.bps);;All files (*)</source>
        <translation>Backprop Studio 模型 (*.bps);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Models (*.bps *.onnx);;Backprop Studio models (*.bps);;ONNX MLPs (*.onnx);;All (*)</source>
        <translation>模型 (*.bps *.onnx);;Backprop Studio 模型 (*.bps);;ONNX 多层感知机 (*.onnx);;全部 (*)</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>训练已停止：{0}</translation>
    </message>
    <message>
        <source>Lower the learning rate to {0:g} and reset</source>
        <translation>把学习率降到 {0:g} 并重置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Reset starts again from the initial weights: the {0:.1f} epochs trained so far are dropped (save first to keep them). Continue?</source>
        <translation>重置会从初始权重重新开始：目前已训练的 {0:.1f} 个轮次将被丢弃（如需保留请先保存）。继续吗？</translation>
    </message>
    <message>
        <source>Reset the training?</source>
        <translation>重置训练？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{0}[*] — Backprop Studio</source>
        <translation>{0}[*] — Backprop Studio</translation>
    </message>
    <message>
        <source>Start a new workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open another model</source>
        <translation>打开另一个模型</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>导出 ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>导出 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Start the script from which weights?</source>
        <translation>脚本从哪组权重开始？</translation>
    </message>
    <message>
        <source>The run&apos;s initial weights: the script replays this run, its loss curve the app&apos;s. The current weights: it trains on from where the network is now.</source>
        <translation>本次运行的初始权重：脚本重演这次运行，损失曲线与程序中的相同。当前权重：从网络现在的状态继续训练。</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <source>Current weights</source>
        <translation>当前权重</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>the untitled model</source>
        <translation>未命名模型</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{0}: save the changes to {1} first?</source>
        <translation>{0}：先保存对 {1} 的更改吗？</translation>
    </message>
    <message>
        <source>MNIST imported</source>
        <translation>MNIST 已导入</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>下载 MNIST</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;table…</source>
        <translation>导入表格(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import MNIST…</source>
        <translation>导入 MNIST(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Download MNIST…</source>
        <translation>下载 MNIST(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export ONNX…</source>
        <translation>导出 ONNX(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;PyTorch script…</source>
        <translation>导出 PyTorch 脚本(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation>关于 Backprop Studio(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>MnistDownload</name>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>下载已取消；未保留任何内容。</translation>
    </message>
    <message>
        <source>MNIST downloaded and verified.</source>
        <translation>MNIST 已下载并通过校验。</translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation>正在下载 MNIST…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>下载 MNIST</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} of {2:.1f} MB</source>
        <translation>正在下载 {0}：{1:.1f} / {2:.1f} MB</translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} MB</source>
        <translation>正在下载 {0}：{1:.1f} MB</translation>
    </message>
</context>
<context>
    <name>MyDigitsDialog</name>
    <message>
        <source>My digits</source>
        <translation>我的数字</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>Give the selected digits this label</source>
        <translation>给选中的数字设置这个标签</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected digits from My digits</source>
        <translation>从“我的数字”中删除选中的数字</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>选中：</translation>
    </message>
    <message>
        <source>My digits could not be read: {0}</source>
        <translation>无法读取“我的数字”：{0}</translation>
    </message>
    <message>
        <source>Digit {0}, labelled {1}</source>
        <translation>第 {0} 个数字，标签为 {1}</translation>
    </message>
    <message>
        <source>{0} digit{1}</source>
        <translation>{0} 个数字</translation>
    </message>
    <message>
        <source> ({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <source>: teach some on the canvas</source>
        <translation>：请在画布上教它一些</translation>
    </message>
    <message>
        <source>Could not change the label: {0}</source>
        <translation>无法更改标签：{0}</translation>
    </message>
    <message>
        <source>Labelled {0} as {1}.</source>
        <translation>已把 {0} 个标为 {1}。</translation>
    </message>
    <message>
        <source>Could not delete: {0}</source>
        <translation>无法删除：{0}</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>已删除 {0} 个。</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>高斯团</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>MNIST 手写数字</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>添加隐藏层</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Build this network (new weights, from the seed)</source>
        <translation>搭建这个网络（由种子生成新的权重）</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Hidden layers (units, activation)</source>
        <translation>隐藏层（单元数，激活函数）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>输出激活函数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>at most {0} hidden layers</source>
        <translation>最多 {0} 个隐藏层</translation>
    </message>
    <message>
        <source>{0} units (one per feature of the data)</source>
        <translation>{0} 个单元（数据的每个特征一个）</translation>
    </message>
    <message>
        <source>{0} units </source>
        <translation>{0} 个单元</translation>
    </message>
    <message>
        <source>1 unit </source>
        <translation>1 个单元</translation>
    </message>
    <message>
        <source>(the predicted value)</source>
        <translation>（预测值）</translation>
    </message>
    <message>
        <source>(probability of class 1)</source>
        <translation>（类别 1 的概率）</translation>
    </message>
    <message>
        <source>(one per class)</source>
        <translation>（每个类别一个）</translation>
    </message>
    <message>
        <source>{0}: {1:,} weights and biases</source>
        <translation>{0}：{1:,} 个权重和偏置</translation>
    </message>
    <message>
        <source> — press Apply to build it</source>
        <translation> — 按“应用”搭建</translation>
    </message>
    <message>
        <source>{0:,} training + {1:,} validation samples, {2} features, </source>
        <translation>{0:,} 个训练样本 + {1:,} 个验证样本，{2} 个特征，</translation>
    </message>
    <message>
        <source>a number to predict</source>
        <translation>预测一个数</translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation>{0} 个类别</translation>
    </message>
</context>
<context>
    <name>NetworkSpec</name>
    <message>
        <source>a hidden layer needs 1 to {0} units, not {1}</source>
        <translation>隐藏层需要 1 到 {0} 个单元，而不是 {1}</translation>
    </message>
</context>
<context>
    <name>OptimizerRace</name>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>shared landscape</source>
        <translation>共同的地形</translation>
    </message>
    <message>
        <source>loss (solid: validation, dotted: training)</source>
        <translation>损失（实线：验证，点线：训练）</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Test surfaces</source>
        <translation>测试曲面</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>batches of {0}, seed {1}</source>
        <translation>批量大小 {0}，种子 {1}</translation>
    </message>
    <message>
        <source>Every racer trains {0} on {1} from the workspace&apos;s initial weights (the ones Reset keeps), {2}: the same start and the same batches for all.</source>
        <translation>每个参赛者都从工作区的初始权重（“重置”保留的那组）出发，在{1}上训练 {0}，{2}：大家的起点和批量都相同。</translation>
    </message>
    <message>
        <source>No network or dataset to race on.</source>
        <translation>没有可用于竞赛的网络或数据集。</translation>
    </message>
    <message>
        <source>Not started: {0}</source>
        <translation>未开始：{0}</translation>
    </message>
    <message>
        <source>Racing…</source>
        <translation>竞赛中…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;{3}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;{3}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>shared landscape, ■ = the common start ({0:.0%} + {1:.0%})</source>
        <translation>共同的地形，■ = 共同起点（{0:.0%} + {1:.0%}）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;■&lt;/span&gt; {3}: validation loss {4:.4f}, {5:.2f} s{6}{7}</source>
        <translation>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;■&lt;/span&gt; {3}：验证损失 {4:.4f}，{5:.2f} s{6}{7}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Winner: {0}&lt;/b&gt; (lowest validation loss)</source>
        <translation>&lt;b&gt;胜者：{0}&lt;/b&gt;（验证损失最低）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No winner&lt;/b&gt;: every optimizer diverged</source>
        <translation>&lt;b&gt;没有胜者&lt;/b&gt;：所有优化器都发散了</translation>
    </message>
    <message>
        <source>Racing… epoch {0} of {1}</source>
        <translation>竞赛中… 第 {0} / {1} 轮次</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Landscape: the loss on {0} over the plane of the first two principal directions of all trajectories together (the share of their spread each explains in its title), centred on the common start.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;地形：{0}上的损失，画在所有轨迹合在一起的前两个主方向所张成的平面上（每个方向解释的离散度比例见其标题），以共同起点为中心。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The race stopped: {0}</source>
        <translation>竞赛已停止：{0}</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>The network&apos;s output for each digit (softmax probabilities)</source>
        <translation>网络对每个数字的输出（softmax 概率）</translation>
    </message>
</context>
<context>
    <name>RacerRow</name>
    <message>
        <source>e.g. momentum=0.9</source>
        <translation>例如 momentum=0.9</translation>
    </message>
    <message>
        <source>write settings as key=number, e.g. momentum=0.9, not {0!r}</source>
        <translation>请按 名称=数值 的形式填写设置，例如 momentum=0.9，而不是 {0!r}</translation>
    </message>
</context>
<context>
    <name>ReceptiveFields</name>
    <message>
        <source>incoming weight w</source>
        <translation>输入权重 w</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>Receptive fields need image inputs; this network takes {0} numbers that are not an image. Choose MNIST to see them.</source>
        <translation>感受野需要图像输入；这个网络的 {0} 个输入不是图像。选择 MNIST 即可看到。</translation>
    </message>
    <message>
        <source>Incoming weights of each {0} unit as a {1}×{2} image (unit 0 top left, row by row).</source>
        <translation>每个{0}单元的输入权重，排成 {1}×{2} 的图像（单元 0 在左上，逐行排列）。</translation>
    </message>
    <message>
        <source> Showing units 0–{0} of {1}.</source>
        <translation>显示 {1} 个单元中的 0–{0}。</translation>
    </message>
    <message>
        <source>unit {0}, weight from pixel (row {1}, column {2}) = {3:.4g}</source>
        <translation>单元 {0}，来自像素（第 {1} 行，第 {2} 列）的权重 = {3:.4g}</translation>
    </message>
</context>
<context>
    <name>RegressionSurface</name>
    <message>
        <source>predicted ŷ</source>
        <translation>预测 ŷ</translation>
    </message>
    <message>
        <source>Ground: the network&apos;s output ŷ over the plane. Points: the samples coloured by their true y (● training, ■ validation); a point that blends into the ground is predicted well.</source>
        <translation>底面：网络在平面上的输出 ŷ。点：按真实 y 着色的样本（● 训练，■ 验证）；与底面颜色融为一体的点预测得好。</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>The regression surface is drawn for regression on 2D points (the datasets plane and gaussians).</source>
        <translation>回归曲面只为二维点上的回归绘制（数据集：平面和高斯峰）。</translation>
    </message>
</context>
<context>
    <name>RegressionView</name>
    <message>
        <source>true y</source>
        <translation>真实 y</translation>
    </message>
    <message>
        <source>predicted ŷ</source>
        <translation>预测 ŷ</translation>
    </message>
    <message>
        <source>predicted vs true</source>
        <translation>预测值与真实值</translation>
    </message>
    <message>
        <source>residual ŷ − y</source>
        <translation>残差 ŷ − y</translation>
    </message>
    <message>
        <source>residuals (validation)</source>
        <translation>残差（验证）</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>Predicted against true values is drawn for regression datasets (classification has the confusion matrix).</source>
        <translation>预测值对真实值的图只为回归数据集绘制（分类请看混淆矩阵）。</translation>
    </message>
    <message>
        <source>residuals (training)</source>
        <translation>残差（训练）</translation>
    </message>
    <message>
        <source>   (● training, ■ validation; on the dashed diagonal ŷ = y)</source>
        <translation>   （● 训练，■ 验证；虚线对角线上 ŷ = y）</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Train / pause / resume</source>
        <translation>训练 / 暂停 / 继续</translation>
    </message>
    <message>
        <source>Train on one mini-batch</source>
        <translation>用一个小批量训练一步</translation>
    </message>
    <message>
        <source>Train to the end of the epoch</source>
        <translation>训练到本轮次结束</translation>
    </message>
    <message>
        <source>Reset: new weights from the seed</source>
        <translation>重置：由种子生成新的权重</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Save the model as…</source>
        <translation>模型另存为…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SpaceView</name>
    <message>
        <source>the output&apos;s direction</source>
        <translation>输出的方向</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Run through the stages, pausing at each one</source>
        <translation>依次播放各个阶段，在每个阶段停留</translation>
    </message>
    <message>
        <source>Stage: input, then z and a of each layer</source>
        <translation>阶段：输入，然后是每层的 z 和 a</translation>
    </message>
    <message>
        <source>principal components</source>
        <translation>主成分</translation>
    </message>
    <message>
        <source>two units</source>
        <translation>两个单元</translation>
    </message>
    <message>
        <source>How this layer is drawn when it has more than 2 units</source>
        <translation>当该层多于 2 个单元时如何绘制</translation>
    </message>
    <message>
        <source>Wide layer drawn on:</source>
        <translation>宽层绘制于：</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>there are no 2D data points to follow</source>
        <translation>没有可跟随的二维数据点</translation>
    </message>
    <message>
        <source>this network takes {0} inputs</source>
        <translation>这个网络有 {0} 个输入</translation>
    </message>
    <message>
        <source>The space view follows the input plane through the layers, so it needs a 2-input network on 2D data (two moons, circles, spiral, ...); {0}.</source>
        <translation>空间视图跟随输入平面穿过各层，因此需要二维数据上的 2 输入网络（双月、同心圆、螺旋……）；{0}。</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>类别 {0}</translation>
    </message>
    <message>
        <source>{0}. Grid of the input plane: blue x₁ = const, brown x₂ = const.</source>
        <translation>{0}。输入平面的网格：蓝色 x₁ = 常数，棕色 x₂ = 常数。</translation>
    </message>
    <message>
        <source> Dashed: the output&apos;s decision.</source>
        <translation>虚线：输出的决策。</translation>
    </message>
    <message>
        <source> Yellow: the current sample and its last move.</source>
        <translation>黄色：当前样本及其最近一次移动。</translation>
    </message>
    <message>
        <source>validation set #0 (no sample chosen)</source>
        <translation>验证集第 0 个（未选样本）</translation>
    </message>
    <message>
        <source>training set #0 (no sample chosen)</source>
        <translation>训练集第 0 个（未选样本）</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>无样本</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — stage {1} of {2}: {3}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — 第 {1} / {2} 阶段：{3}。</translation>
    </message>
    <message>
        <source> Dashed: the output&apos;s decision line, exact here</source>
        <translation>虚线：输出的决策线，此处是精确的</translation>
    </message>
    <message>
        <source> Dashed: where the output&apos;s decision hyperplane meets the shown plane (through the data&apos;s mean)</source>
        <translation>虚线：输出的决策超平面与所示平面（经过数据均值）的交线</translation>
    </message>
    <message>
        <source>; it puts {0:.1f} % of the points on their predicted side</source>
        <translation>；它把 {0:.1f} % 的点放在其预测的一侧</translation>
    </message>
    <message>
        <source> Moving in the drawn 2D coordinates.</source>
        <translation>在所绘的二维坐标中移动。</translation>
    </message>
    <message>
        <source> Sample: {0}.</source>
        <translation>样本：{0}。</translation>
    </message>
    <message>
        <source>{0} unit {1}</source>
        <translation>{0} 单元 {1}</translation>
    </message>
    <message>
        <source>{0}: the direction the output reads</source>
        <translation>{0}：输出读取的方向</translation>
    </message>
    <message>
        <source>{0}: principal component across it</source>
        <translation>{0}：与之垂直的主成分</translation>
    </message>
    <message>
        <source>{0}: principal component 1</source>
        <translation>{0}：主成分 1</translation>
    </message>
    <message>
        <source>{0}: principal component 2</source>
        <translation>{0}：主成分 2</translation>
    </message>
    <message>
        <source>This stage has at most 2 units: it is drawn exactly.</source>
        <translation>这个阶段最多 2 个单元：按原样精确绘制。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Ready: press Train (Space)</source>
        <translation>就绪：按“训练”（空格键）</translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation>轮次 {0:.2f}</translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation>批量 {0}/{1}</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>批量 {0}</translation>
    </message>
    <message>
        <source>{0:.1f} s of compute</source>
        <translation>计算 {0:.1f} s</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>已停止：{0}</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>{0:,.0f} samples/s</source>
        <translation>{0:,.0f} 样本/秒</translation>
    </message>
</context>
<context>
    <name>StepThrough</name>
    <message>
        <source>loss L</source>
        <translation>损失 L</translation>
    </message>
    <message>
        <source>update W{0}, b{0}</source>
        <translation>更新 W{0}、b{0}</translation>
    </message>
    <message>
        <source>The class the loss compares the output with</source>
        <translation>损失拿来与输出比较的类别</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Train one step on this sample (the same code path as training) (Ctrl+Return)</source>
        <translation>在这个样本上训练一步（与训练相同的代码路径）(Ctrl+Return)</translation>
    </message>
    <message>
        <source>Put back the weights and optimizer state from before the last update (Ctrl+Z)</source>
        <translation>恢复上次更新之前的权重和优化器状态 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>no sample chosen: using the first {0} example</source>
        <translation>未选样本：使用第一个{0}样本</translation>
    </message>
    <message>
        <source>No network yet: build one to step through it.</source>
        <translation>还没有网络：先搭建一个才能逐步执行。</translation>
    </message>
    <message>
        <source>The step-through traces a class target; this dataset is a regression (watch it in the Function fit, Regression surface and Regression views).</source>
        <translation>逐步执行追踪的是类别目标；这个数据集是回归（请在“函数拟合”“回归曲面”和“回归”视图中观察）。</translation>
    </message>
    <message>
        <source>No sample: load a dataset, or pick a sample to trace.</source>
        <translation>没有样本：请加载数据集，或选一个样本来追踪。</translation>
    </message>
    <message>
        <source>The sample has {0} values but the network takes {1} inputs: pick a sample of this dataset.</source>
        <translation>样本有 {0} 个值，但网络有 {1} 个输入：请选这个数据集中的样本。</translation>
    </message>
    <message>
        <source>Cannot step through with these settings: {0}.</source>
        <translation>无法用这些设置逐步执行：{0}。</translation>
    </message>
    <message>
        <source> — label {0}</source>
        <translation> — 标签 {0}</translation>
    </message>
    <message>
        <source> — its label {0} is not one of this network&apos;s {1} classes: the target is the predicted class; choose another →</source>
        <translation> — 它的标签 {0} 不属于这个网络的 {1} 个类别：目标取预测类别；可另选 →</translation>
    </message>
    <message>
        <source> — no label: the target is the predicted class; choose another →</source>
        <translation> — 没有标签：目标取预测类别；可另选 →</translation>
    </message>
    <message>
        <source>Cannot step through this network: {0}.</source>
        <translation>无法逐步执行这个网络：{0}。</translation>
    </message>
    <message>
        <source>Sample: {0}{1}</source>
        <translation>样本：{0}{1}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>类别 {0}</translation>
    </message>
    <message>
        <source>Sample: none</source>
        <translation>样本：无</translation>
    </message>
    <message>
        <source>Step {0} of {1}:  {2}</source>
        <translation>第 {0} / {1} 步：  {2}</translation>
    </message>
    <message>
        <source>loss on this sample before the update {0} → now {1}</source>
        <translation>此样本上的损失：更新前 {0} → 现在 {1}</translation>
    </message>
    <message>
        <source>Too many numbers to list them all: the selected neuron&apos;s formula shows the largest terms.</source>
        <translation>数值太多无法全部列出：选中神经元的公式显示最大的几项。</translation>
    </message>
    <message>
        <source>the predicted class; click a node or a row to pick another</source>
        <translation>预测的类别；点击节点或行可另选</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>the largest {0} of layer {1}; click a node or a row to pick another</source>
        <translation>第 {1} 层中 {0} 最大者；点击节点或行可另选</translation>
    </message>
    <message>
        <source>&lt;b&gt;Neuron: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;神经元：{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>w¹ into unit {0}</source>
        <translation>进入单元 {0} 的 w¹</translation>
    </message>
    <message>
        <source>w·a: what each pixel adds to z¹{0}</source>
        <translation>w·a：每个像素对 z¹{0} 的贡献</translation>
    </message>
    <message>
        <source>∂L/∂w¹ into unit {0}</source>
        <translation>进入单元 {0} 的 ∂L/∂w¹</translation>
    </message>
    <message>
        <source>Δw¹ into unit {0}</source>
        <translation>进入单元 {0} 的 Δw¹</translation>
    </message>
    <message>
        <source>Training is running: pause it to step through one sample and apply updates.</source>
        <translation>训练正在进行：暂停后才能逐步执行一个样本并应用更新。</translation>
    </message>
    <message>
        <source>Update applied: the loss on this sample went from {0} to {1}. Undo puts the weights back.</source>
        <translation>已应用更新：此样本上的损失从 {0} 变为 {1}。“撤销”可恢复权重。</translation>
    </message>
</context>
<context>
    <name>SurfaceRace</name>
    <message>
        <source>Run on the surface</source>
        <translation>在曲面上运行</translation>
    </message>
    <message>
        <source>Press Run: the ticked optimizers (with their own settings; the learning rates are the surface&apos;s own) start together at the white ring; × marks the minima.</source>
        <translation>按“运行”：勾选的优化器（各用自己的设置；学习率用曲面自己的）一起从白色圆环出发；× 标出最小值。</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;■&lt;/span&gt; {3}: step {4}, f = {5:.4g}{6}</source>
        <translation>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;■&lt;/span&gt; {3}：第 {4} 步，f = {5:.4g}{6}</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>z (weighted input)</source>
        <translation>z（加权输入）</translation>
    </message>
    <message>
        <source>activation a</source>
        <translation>激活值 a</translation>
    </message>
    <message>
        <source>node: activation a</source>
        <translation>节点：激活值 a</translation>
    </message>
    <message>
        <source>Edges: </source>
        <translation>连线：</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>正权重</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>负权重</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;— thicker and darker = larger |w| (relative to the layer&apos;s largest).</source>
        <translation>&amp;nbsp;&amp;nbsp;— 越粗越深 = |w| 越大（相对于该层最大值）。</translation>
    </message>
    <message>
        <source> Hover for values, click a neuron to select it.</source>
        <translation>指向可查看数值，点击神经元将其选中。</translation>
    </message>
    <message>
        <source>No network yet: build one in the Network panel.</source>
        <translation>还没有网络：请在“网络”面板中搭建一个。</translation>
    </message>
    <message>
        <source>input
{0}</source>
        <translation>输入
{0}</translation>
    </message>
    <message>
        <source> ({0}×{1} image)</source>
        <translation>（{0}×{1} 图像）</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>另有 {0} 个</translation>
    </message>
    <message>
        <source>step: {0}</source>
        <translation>步骤：{0}</translation>
    </message>
    <message>
        <source>node: {0}</source>
        <translation>节点：{0}</translation>
    </message>
    <message>
        <source>{0}: {1:,} of {2:,}</source>
        <translation>{0}：{2:,} 个中的 {1:,} 个</translation>
    </message>
    <message>
        <source>Sample: {0}.</source>
        <translation>样本：{0}。</translation>
    </message>
    <message>
        <source> Edges drawn: the strongest </source>
        <translation>所画连线：最强的 </translation>
    </message>
    <message>
        <source> weights.</source>
        <translation>（权重）。</translation>
    </message>
    <message>
        <source>{0} {1} of {2}</source>
        <translation>{0} {2} 个中的 {1} 个</translation>
    </message>
    <message>
        <source> Units shown (strongest): </source>
        <translation>所示单元（最强的）：</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>input pixel (row {0}, column {1}) = unit {2}: {3}</source>
        <translation>输入像素（第 {0} 行，第 {1} 列）= 单元 {2}：{3}</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>edge value</source>
        <translation>连线值</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>step: η·drop every &apos;every&apos; epochs; exponential: η·gamma^epoch; cosine: from η down to lr_min over the run. Empty = the defaults shown</source>
        <translation>step：每 every 个轮次乘以 drop；exponential：η·gamma^轮次；cosine：在整个运行中从 η 降到 lr_min。留空 = 使用所示的默认值</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Schedule settings</source>
        <translation>调度设置</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>{0} applies when you press Reset</source>
        <translation>{0}在按“重置”时生效</translation>
    </message>
    <message>
        <source>Not changed — {0}</source>
        <translation>未更改 — {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>initializer applies when you press Reset</source>
        <translation>初始化方法在按“重置”时生效</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <source>Which of the layers&apos; weights to show</source>
        <translation>显示哪几层的权重</translation>
    </message>
    <message>
        <source>W{0}–W{1} of {2} layers</source>
        <translation>共 {2} 层中的 W{0}–W{1}</translation>
    </message>
    <message>
        <source>W{0} of {1} layers</source>
        <translation>共 {1} 层中的 W{0}</translation>
    </message>
    <message>
        <source>W{0}[row {1}, column {2}] = {3:.4g}</source>
        <translation>W{0}[第 {1} 行，第 {2} 列] = {3:.4g}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>there is no network or dataset to train</source>
        <translation>没有可训练的网络或数据集</translation>
    </message>
    <message>
        <source>Reset the trained weights?</source>
        <translation>重置已训练的权重？</translation>
    </message>
    <message>
        <source>{0} starts again from new weights: the {1:.1f} epochs trained so far are dropped (save first to keep them). Continue?</source>
        <translation>{0}会从新的权重重新开始：目前已训练的 {1:.1f} 个轮次将被丢弃（如需保留请先保存）。继续吗？</translation>
    </message>
    <message>
        <source>Changing the network</source>
        <translation>更改网络</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset: the same initial weights as before</source>
        <translation>重置：与之前相同的初始权重</translation>
    </message>
    <message>
        <source>Weights re-initialised ({0}, seed {1})</source>
        <translation>权重已重新初始化（{0}，种子 {1}）</translation>
    </message>
    <message>
        <source>Load dataset</source>
        <translation>加载数据集</translation>
    </message>
    <message>
        <source>Regenerate the data</source>
        <translation>重新生成数据</translation>
    </message>
    <message>
        <source>Regenerating the data</source>
        <translation>重新生成数据</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>正在加载 MNIST…</translation>
    </message>
    <message>
        <source>Switching to {0}</source>
        <translation>正在切换到 {0}</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Opened {0} (ONNX: {1}); Save writes a .bps</source>
        <translation>已打开 {0}（ONNX：{1}）；保存时写入 .bps 文件</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <source>the model was trained on MNIST, which is not on this computer: get it with File → Download MNIST… or File → Import MNIST…, then open the model again</source>
        <translation>这个模型是在 MNIST 上训练的，但这台计算机上没有 MNIST：请用“文件 → 下载 MNIST…”或“文件 → 导入 MNIST…”获取，然后重新打开模型</translation>
    </message>
    <message>
        <source>the model was trained on the table {0}, which is not beside it: put the file next to the model, or import it with File → Import table…</source>
        <translation>这个模型是在表格 {0} 上训练的，但它不在模型旁边：请把该文件放到模型旁边，或用“文件 → 导入表格…”导入</translation>
    </message>
    <message>
        <source>Pausing to save…</source>
        <translation>正在暂停以便保存…</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>导出 ONNX</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>导出 PyTorch 脚本</translation>
    </message>
    <message>
        <source>{0}{1} applies at the next Reset</source>
        <translation>{0}{1}在下次重置时生效</translation>
    </message>
    <message>
        <source>New weights from it at the next Reset (Ctrl+R)</source>
        <translation>下次重置 (Ctrl+R) 时由它生成新的权重</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>无法训练</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>Cannot train: {0}</source>
        <translation>无法训练：{0}</translation>
    </message>
    <message>
        <source>The trainer trains another network: reset the model first.</source>
        <translation>训练器在训练另一个网络：请先重置模型。</translation>
    </message>
    <message>
        <source>No update: {0}; the weights are unchanged.</source>
        <translation>未更新：{0}；权重没有改变。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Nothing to undo: the model or its trainer was replaced.</source>
        <translation>没有可撤销的操作：模型或其训练器已被替换。</translation>
    </message>
    <message>
        <source>Nothing to undo: the weights changed since the update (training, a reset).</source>
        <translation>没有可撤销的操作：更新之后权重已改变（训练或重置）。</translation>
    </message>
    <message>
        <source>Fine-tuning is already running.</source>
        <translation>微调已在进行中。</translation>
    </message>
    <message>
        <source>Pause training first: fine-tuning would fight it.</source>
        <translation>请先暂停训练：微调会与之冲突。</translation>
    </message>
    <message>
        <source>the weights changed while fine-tuning ran (training, a reset or an update): the fine-tuned weights were not applied</source>
        <translation>微调期间权重发生了改变（训练、重置或更新）：微调后的权重未被应用</translation>
    </message>
</context>
<context>
    <name>_Layer</name>
    <message>
        <source>from unit ({0})</source>
        <translation>来自单元（{0}）</translation>
    </message>
    <message>
        <source>to unit ({0})</source>
        <translation>到单元（{0}）</translation>
    </message>
    <message>
        <source>histogram of W{0}</source>
        <translation>W{0} 的直方图</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>_LayerRow</name>
    <message>
        <source>Units in this hidden layer (1–{0})</source>
        <translation>这个隐藏层的单元数（1–{0}）</translation>
    </message>
    <message>
        <source>Remove this hidden layer</source>
        <translation>删除这个隐藏层</translation>
    </message>
</context>
</TS>
