<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArrayBox</name>
    <message>
        <source>{0} units × {1} samples</source>
        <translation>{0} 個單元 × {1} 個樣本</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} 個單元</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 個單元</translation>
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
        <translation>無法讀取預設數字模型 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>validation set #0 (no sample chosen)</source>
        <translation>驗證集第 0 個（未選樣本）</translation>
    </message>
    <message>
        <source>training set #0 (no sample chosen)</source>
        <translation>訓練集第 0 個（未選樣本）</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>無樣本</translation>
    </message>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>隱藏 {0}</translation>
    </message>
</context>
<context>
    <name>Confusion</name>
    <message>
        <source>predicted</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真實</translation>
    </message>
    <message>
        <source>share of the true class&apos;s row</source>
        <translation>佔真實類別所在行的比例</translation>
    </message>
    <message>
        <source>validation set</source>
        <translation>驗證集</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>訓練集</translation>
    </message>
    <message>
        <source>Regression: no classes to confuse (see the Regression view).</source>
        <translation>迴歸：沒有可混淆的類別（請看「迴歸」檢視）。</translation>
    </message>
    <message>
        <source>No network or no dataset that fits it.</source>
        <translation>沒有網路，或沒有與之匹配的資料集。</translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation>第 {0} 輪次之後</translation>
    </message>
    <message>
        <source>before the first epoch ended</source>
        <translation>第一個輪次結束之前</translation>
    </message>
    <message>
        <source>Confusion matrix on the {0} ({1:,} examples), {2}: accuracy {3:.1%}. Rows: true class; columns: predicted.</source>
        <translation>{0}上的混淆矩陣（{1:,} 個樣本），{2}：準確率 {3:.1%}。行：真實類別；列：預測類別。</translation>
    </message>
    <message>
        <source> Hover a cell for its count.</source>
        <translation>指向格子可檢視其數量。</translation>
    </message>
    <message>
        <source> ({0:.1%} of the true {1}s)</source>
        <translation>（佔真實類別 {1} 的 {0:.1%}）</translation>
    </message>
    <message>
        <source>true {0}, predicted {1}: {2:,}{3}</source>
        <translation>真實 {0}，預測 {1}：{2:,}{3}</translation>
    </message>
    <message>
        <source>Misclassified: {0:,} of {1:,}</source>
        <translation>分類錯誤：{0:,} / {1:,}</translation>
    </message>
    <message>
        <source>, the {0} most confident mistakes shown</source>
        <translation>，顯示最有把握的 {0} 個錯誤</translation>
    </message>
    <message>
        <source>. Click one to make it the current sample.</source>
        <translation>。點選一個可將其設為當前樣本。</translation>
    </message>
    <message>
        <source>true {0} → {1}
{2:.0%} sure</source>
        <translation>真實 {0} → {1}
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
        <translation>快（每幀 100 個批量）</translation>
    </message>
    <message>
        <source>Watch (10 batches/frame)</source>
        <translation>觀察（每幀 10 個批量）</translation>
    </message>
    <message>
        <source>Slow (1 batch/frame)</source>
        <translation>慢（每幀 1 個批量）</translation>
    </message>
    <message>
        <source>Train / pause</source>
        <translation>訓練 / 暫停</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>單步批量</translation>
    </message>
    <message>
        <source>Train on one mini-batch</source>
        <translation>用一個小批量訓練一步</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>單步輪次</translation>
    </message>
    <message>
        <source>Train to the end of this epoch</source>
        <translation>訓練到本輪次結束</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>New weights from the seed; the curves start over</source>
        <translation>由種子生成新的權重；曲線重新開始</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>How many batches run between two redraws (about 30 per second)</source>
        <translation>兩次重繪之間執行多少個批量（每秒約重繪 30 次）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
</context>
<context>
    <name>DataParams</name>
    <message>
        <source>How many points in all (training and validation)</source>
        <translation>點的總數（訓練和驗證）</translation>
    </message>
    <message>
        <source>How far the points scatter from their shape (0 = exactly on it)</source>
        <translation>點偏離其形狀的程度（0 = 正好在形狀上）</translation>
    </message>
    <message>
        <source>Share of the points held out for validation: the network never trains on them</source>
        <translation>留作驗證的點所佔比例：網路從不在這些點上訓練</translation>
    </message>
    <message>
        <source>The same seed draws the same points</source>
        <translation>相同的種子生成相同的點</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Draw the points again with these settings; keeps the network</source>
        <translation>用這些設定重新生成點；保留網路</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
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
        <translation>同心圓</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>雙月</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>高斯團</translation>
    </message>
    <message>
        <source>iris</source>
        <translation>鳶尾花</translation>
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
        <translation>絕對值</translation>
    </message>
    <message>
        <source>step</source>
        <translation>階躍</translation>
    </message>
    <message>
        <source>bumps</source>
        <translation>凸起</translation>
    </message>
    <message>
        <source>poly</source>
        <translation>多項式</translation>
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
        <translation>p(類別 1)</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>The decision boundary is drawn for 2-input networks (the 2D datasets); this one takes {0} inputs.</source>
        <translation>決策邊界只為 2 個輸入的網路繪製（二維資料集）；這個網路有 {0} 個輸入。</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>類別 {0}</translation>
    </message>
    <message>
        <source>● training, ■ validation, by true class: {0}</source>
        <translation>● 訓練，■ 驗證，按真實類別著色：{0}</translation>
    </message>
    <message>
        <source>Points: training (circles) and validation (squares), coloured by their true class.</source>
        <translation>點：訓練樣本（圓）和驗證樣本（方塊），按真實類別著色。</translation>
    </message>
    <message>
        <source> Background: class colours mixed by predicted probability (paler = unsure).</source>
        <translation>背景：按預測機率混合的類別顏色（越淺 = 越不確定）。</translation>
    </message>
    <message>
        <source> Click the plane to make a point the current sample. Small maps: each hidden</source>
        <translation>點選平面可將一個點設為當前樣本。小圖：每個隱藏</translation>
    </message>
    <message>
        <source> neuron&apos;s output (hover a neuron in the topology to see it large).</source>
        <translation>神經元的輸出（在拓撲圖中指向神經元可放大檢視）。</translation>
    </message>
    <message>
        <source>+ {0} more hidden layers: hover a neuron in the topology to see its map</source>
        <translation>另有 {0} 個隱藏層：在拓撲圖中指向神經元可檢視其圖</translation>
    </message>
    <message>
        <source>output a of {0} unit {1}</source>
        <translation>{0} 單元 {1} 的輸出 a</translation>
    </message>
    <message>
        <source>{0} unit {1}: its output over the plane</source>
        <translation>{0} 單元 {1}：它在平面上的輸出</translation>
    </message>
    <message>
        <source>predicted p(class 1)</source>
        <translation>預測 p(類別 1)</translation>
    </message>
    <message>
        <source>predicted class over the plane</source>
        <translation>平面上的預測類別</translation>
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
        <translation>還沒有 MNIST</translation>
    </message>
    <message>
        <source>The MNIST digits (about 11 MB) are not on this computer yet.</source>
        <translation>這臺電腦上還沒有 MNIST 手寫數字（約 11 MB）。</translation>
    </message>
    <message>
        <source>Download them (checked by SHA-256, kept for next time), or import the four IDX files from a folder you already have.</source>
        <translation>下載它們（以 SHA-256 校驗，保留供下次使用），或從已有的資料夾匯入四個 IDX 檔案。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <source>Folder with the MNIST IDX files</source>
        <translation>包含 MNIST IDX 檔案的資料夾</translation>
    </message>
    <message>
        <source>Import MNIST</source>
        <translation>匯入 MNIST</translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation>關於 Backprop Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backprop Studio {0}&lt;/b&gt;&lt;p&gt;Build a small neural network, train it, and watch it learn: weights, curves, and one forward and backward pass with the real numbers.&lt;/p&gt;&lt;p&gt;The engine is plain NumPy; the window is PySide6 and pyqtgraph.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Backprop Studio {0}&lt;/b&gt;&lt;p&gt;搭建一個小型神經網路，訓練它，觀察它如何學習：權重、曲線，以及帶真實數值的一次前向傳播和反向傳播。&lt;/p&gt;&lt;p&gt;計算引擎是純 NumPy；視窗使用 PySide6 和 pyqtgraph。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DigitCanvas</name>
    <message>
        <source>network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>{0} ({1} inputs)</source>
        <translation>{0}（{1} 個輸入）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the canvas</source>
        <translation>清空畫布</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>復原筆畫</translation>
    </message>
    <message>
        <source>Pen width on the 280-pixel canvas; the default gives MNIST&apos;s stroke width for a digit drawn across most of the canvas</source>
        <translation>280 像素畫布上的筆寬；預設值在數字佔滿大部分畫布時得到與 MNIST 相同的筆畫粗細</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>筆寬</translation>
    </message>
    <message>
        <source>The digit the network reads</source>
        <translation>網路讀出的數字</translation>
    </message>
    <message>
        <source>Network input 28×28</source>
        <translation>網路輸入 28×28</translation>
    </message>
    <message>
        <source>Exactly what the network reads: the drawing cropped, scaled, centred</source>
        <translation>網路實際讀取的內容：裁剪、縮放並居中後的圖</translation>
    </message>
    <message>
        <source>Show preprocessing steps</source>
        <translation>顯示預處理步驟</translation>
    </message>
    <message>
        <source>1. ink cropped</source>
        <translation>1. 裁剪筆跡</translation>
    </message>
    <message>
        <source>2. fitted in 20×20</source>
        <translation>2. 縮放到 20×20</translation>
    </message>
    <message>
        <source>Open the digit model as the workspace</source>
        <translation>將數字模型作為工作區開啟</translation>
    </message>
    <message>
        <source>the workspace&apos;s network, if it reads digits</source>
        <translation>工作區的網路（如果它識別數字）</translation>
    </message>
    <message>
        <source>the default digit model</source>
        <translation>預設數字模型</translation>
    </message>
    <message>
        <source>Which network reads the drawing. The workspace&apos;s network reads only when it is a digit model (784 inputs, 10 outputs); otherwise the default model does.</source>
        <translation>由哪個網路讀取圖畫。只有當工作區的網路是數字模型（784 個輸入，10 個輸出）時才由它讀取；否則由預設模型讀取。</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>讀取所用</translation>
    </message>
    <message>
        <source>Teach it your handwriting</source>
        <translation>教它認識你的筆跡</translation>
    </message>
    <message>
        <source>This drawing is a:</source>
        <translation>這個圖畫是：</translation>
    </message>
    <message>
        <source>Add this drawing to My digits as a {0}</source>
        <translation>將此圖畫作為 {0} 加入「我的數字」</translation>
    </message>
    <message>
        <source>Fine-tune on my digits</source>
        <translation>用我的數字微調</translation>
    </message>
    <message>
        <source>Train briefly on your digits mixed with MNIST, so the model learns your handwriting without forgetting the rest</source>
        <translation>在你的數字與 MNIST 混合的資料上短暫訓練，讓模型學會你的筆跡而不忘記其餘內容</translation>
    </message>
    <message>
        <source>My digits…</source>
        <translation>我的數字…</translation>
    </message>
    <message>
        <source>See the digits you taught; relabel or delete them</source>
        <translation>檢視你教過的數字；重新標註或刪除它們</translation>
    </message>
    <message>
        <source>Restore the original model</source>
        <translation>恢復原始模型</translation>
    </message>
    <message>
        <source>Forget the fine-tuning of the default digit model: read with the model as shipped</source>
        <translation>丟棄預設數字模型的微調：使用隨程式提供的模型讀取</translation>
    </message>
    <message>
        <source>Reading with the workspace network ({0}).</source>
        <translation>正在用工作區網路讀取（{0}）。</translation>
    </message>
    <message>
        <source>Reading with the network being trained (epoch {0:.1f}).</source>
        <translation>正在用訓練中的網路讀取（第 {0:.1f} 輪次）。</translation>
    </message>
    <message>
        <source>Reading with the default digit model, fine-tuned on your digits.</source>
        <translation>正在用預設數字模型讀取，已用你的數字微調。</translation>
    </message>
    <message>
        <source>Nothing can read the drawing: {0}</source>
        <translation>沒有網路能讀取這個圖畫：{0}</translation>
    </message>
    <message>
        <source>{0}; reading with the original default digit model.</source>
        <translation>{0}；正在用原始預設數字模型讀取。</translation>
    </message>
    <message>
        <source>Reading with the default digit model.</source>
        <translation>正在用預設數字模型讀取。</translation>
    </message>
    <message>
        <source>Training has just started: reading with the default digit model until the first update.</source>
        <translation>訓練剛剛開始：在第一次更新之前用預設數字模型讀取。</translation>
    </message>
    <message>
        <source>The workspace is {0}: reading with the default digit model.</source>
        <translation>工作區是 {0}：正在用預設數字模型讀取。</translation>
    </message>
    <message>
        <source>Restored the original default digit model.</source>
        <translation>已恢復原始預設數字模型。</translation>
    </message>
    <message>
        <source>Could not open My digits: {0}</source>
        <translation>無法開啟「我的數字」：{0}</translation>
    </message>
    <message>
        <source>My digits: {0}.</source>
        <translation>我的數字：{0}。</translation>
    </message>
    <message>
        <source>canvas</source>
        <translation>畫布</translation>
    </message>
    <message>
        <source>Draw a digit first, then press its label.</source>
        <translation>請先畫一個數字，再按它的標籤。</translation>
    </message>
    <message>
        <source>Could not add it to My digits: {0}</source>
        <translation>無法加入「我的數字」：{0}</translation>
    </message>
    <message>
        <source>Added as a {0}. My digits: {1}. Draw the next one.</source>
        <translation>已作為 {0} 加入。我的數字：{1}。請畫下一個。</translation>
    </message>
    <message>
        <source>There is no digit model to fine-tune.</source>
        <translation>沒有可微調的數字模型。</translation>
    </message>
    <message>
        <source>Could not read My digits: {0}</source>
        <translation>無法讀取「我的數字」：{0}</translation>
    </message>
    <message>
        <source>My digits is empty: draw a digit and press its label first.</source>
        <translation>「我的數字」是空的：請先畫一個數字並按它的標籤。</translation>
    </message>
    <message>
        <source>Fine-tuning…</source>
        <translation>正在微調…</translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation>微調失敗：{0}</translation>
    </message>
    <message>
        <source>Fine-tuned. </source>
        <translation>已微調。</translation>
    </message>
    <message>
        <source> It reads now, but will not be there next time: {0}</source>
        <translation>現在可以讀取，但下次啟動時不會保留：{0}</translation>
    </message>
    <message>
        <source> Kept for next time (Restore the original model undoes it).</source>
        <translation>已保留供下次使用（「恢復原始模型」可復原）。</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Float in a large window, or dock again</source>
        <translation>在大視窗中浮動顯示，或重新停靠</translation>
    </message>
    <message>
        <source>Close (View menu shows it again)</source>
        <translation>關閉（可在「檢視」選單中再次顯示）</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>損失和準確率</translation>
    </message>
    <message>
        <source>Network topology</source>
        <translation>網路拓撲</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>決策邊界</translation>
    </message>
    <message>
        <source>Regression surface</source>
        <translation>迴歸曲面</translation>
    </message>
    <message>
        <source>Function fit</source>
        <translation>函數擬合</translation>
    </message>
    <message>
        <source>Receptive fields</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>Space view</source>
        <translation>空間檢視</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩陣</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>迴歸</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>逐步執行</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>畫一個數字</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>損失地形</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>優化器競賽</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Draw a digit with the mouse or a pen</source>
        <translation>用滑鼠或手寫筆畫一個數字</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在這裡畫一個數字</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>{1} — the learning rate is probably too large: lower it (e.g. ÷10) and reset</source>
        <translation>{1} — 學習率可能太大：請降低它（例如 ÷10）並重設</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>how each gradient becomes a weight update</source>
        <translation>每個梯度如何變成一次權重更新</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>學習率 η</translation>
    </message>
    <message>
        <source>step size of the optimizer, e.g. 0.03</source>
        <translation>優化器的步長，例如 0.03</translation>
    </message>
    <message>
        <source>&gt; 0</source>
        <translation>&gt; 0</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>how η changes with the epoch (cosine decays over the run)</source>
        <translation>η 如何隨輪次變化（cosine 在整個執行中衰減）</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>samples per mini-batch; at most the number of training samples</source>
        <translation>每個小批量的樣本數；不超過訓練樣本數</translation>
    </message>
    <message>
        <source>a whole number &gt;= 1</source>
        <translation>不小於 1 的整數</translation>
    </message>
    <message>
        <source>epochs (total)</source>
        <translation>輪次（總數）</translation>
    </message>
    <message>
        <source>training stops when this many epochs have run in all (Train after it stopped adds this many more and shows the new total)</source>
        <translation>總共執行這麼多輪次後訓練停止（停止後再按「訓練」會再加這麼多輪次，並顯示新的總數）</translation>
    </message>
    <message>
        <source>L1 penalty λ₁</source>
        <translation>L1 懲罰 λ₁</translation>
    </message>
    <message>
        <source>λ₁ · Σ|W| is added to the loss (0 = off)</source>
        <translation>λ₁ · Σ|W| 加到損失上（0 = 關閉）</translation>
    </message>
    <message>
        <source>&gt;= 0</source>
        <translation>&gt;= 0</translation>
    </message>
    <message>
        <source>L2 penalty λ₂</source>
        <translation>L2 懲罰 λ₂</translation>
    </message>
    <message>
        <source>λ₂/2 · Σ W² is added to the loss (0 = off)</source>
        <translation>λ₂/2 · Σ W² 加到損失上（0 = 關閉）</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>隨機失活</translation>
    </message>
    <message>
        <source>probability of dropping each hidden unit during training</source>
        <translation>訓練時丟棄每個隱藏單元的機率</translation>
    </message>
    <message>
        <source>a probability in [0, 1)</source>
        <translation>[0, 1) 之間的機率</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>seeds the weights, the shuffling and dropout (same seed, same run)</source>
        <translation>決定權重、打亂順序和隨機失活（相同種子，相同執行）</translation>
    </message>
    <message>
        <source>a whole number &gt;= 0</source>
        <translation>不小於 0 的整數</translation>
    </message>
    <message>
        <source>initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>how the weights start</source>
        <translation>權重的初始值如何生成</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>資料增強</translation>
    </message>
    <message>
        <source>distort training images (shift, rotate, scale, thicken); digits only</source>
        <translation>對訓練影像做變形（平移、旋轉、縮放、加粗）；僅限數字</translation>
    </message>
    <message>
        <source>stop at training loss ≤</source>
        <translation>訓練損失 ≤ 時停止</translation>
    </message>
    <message>
        <source>stop when the epoch&apos;s training loss reaches this (empty = not used)</source>
        <translation>當輪次的訓練損失達到該值時停止（留空 = 不使用）</translation>
    </message>
    <message>
        <source>stop at error ≤</source>
        <translation>錯誤率 ≤ 時停止</translation>
    </message>
    <message>
        <source>stop when the validation error rate (training, without validation data) reaches this share, 0..1 (empty = not used)</source>
        <translation>當驗證錯誤率（沒有驗證資料時用訓練錯誤率）達到該比例時停止，0..1（留空 = 不使用）</translation>
    </message>
    <message>
        <source>in [0, 1]</source>
        <translation>在 [0, 1] 之間</translation>
    </message>
    <message>
        <source>stop if ‖ΔW‖ &lt;</source>
        <translation>‖ΔW‖ &lt; 時停止</translation>
    </message>
    <message>
        <source>stop when the last update&apos;s size falls below this (empty = not used)</source>
        <translation>當最近一次更新的大小低於該值時停止（留空 = 不使用）</translation>
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation>早停耐心值</translation>
    </message>
    <message>
        <source>stop after this many epochs without a better validation loss (empty = not used)</source>
        <translation>驗證損失連續這麼多輪次沒有改善就停止（留空 = 不使用）</translation>
    </message>
    <message>
        <source>time limit (s)</source>
        <translation>時間上限 (s)</translation>
    </message>
    <message>
        <source>stop after this much training time, in seconds (empty = not used)</source>
        <translation>訓練這麼多秒後停止（留空 = 不使用）</translation>
    </message>
    <message>
        <source>{1} must be {2}, not {3}</source>
        <translation>{1} 必須 {2}，而不是 {3}</translation>
    </message>
    <message>
        <source>{1} takes a number, not {2}</source>
        <translation>{1} 需要一個數，而不是 {2}</translation>
    </message>
    <message>
        <source>{1} takes a whole number, not {2}</source>
        <translation>{1} 需要一個整數，而不是 {2}</translation>
    </message>
    <message>
        <source>{1} needs a value</source>
        <translation>{1} 需要一個值</translation>
    </message>
    <message>
        <source>{1} is yes or no, not {2}</source>
        <translation>{1} 只能是「是」或「否」，而不是 {2}</translation>
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
        <translation>已達到 {1} 個輪次</translation>
    </message>
    <message>
        <source>time limit of {1} s reached</source>
        <translation>已達到 {1} s 的時間上限</translation>
    </message>
    <message>
        <source>early stopping: validation loss has not improved for {1} epochs (best {2})</source>
        <translation>早停：驗證損失已有 {1} 個輪次沒有改善（最佳 {2}）</translation>
    </message>
    <message>
        <source>diverging: the weights of layer {1} exploded (root mean square {2}, above {3})</source>
        <translation>發散：第 {1} 層的權重爆炸（均方根 {2}，超過 {3}）</translation>
    </message>
    <message>
        <source>diverging: the epoch&apos;s loss is {1}</source>
        <translation>發散：本輪次的損失為 {1}</translation>
    </message>
    <message>
        <source>diverging: the loss ({1}) has stayed more than {2} its best ({3}) for {4} epochs</source>
        <translation>發散：損失（{1}）已連續 {4} 個輪次超過其最佳值（{3}）的 {2}</translation>
    </message>
    <message>
        <source>diverging: the loss ({1}) has stayed above the untrained network&apos;s ({2}) for {3} epochs</source>
        <translation>發散：損失（{1}）已連續 {3} 個輪次高於未訓練網路的損失（{2}）</translation>
    </message>
    <message>
        <source>diverging: {1} at epoch {2}, batch {3} (learning rate {4}); the weights are the last finite ones — lower the learning rate and reset</source>
        <translation>發散：在第 {2} 輪次第 {3} 個批量時{1}（學習率 {4}）；權重保留為最後一組有限值——請降低學習率並重設</translation>
    </message>
    <message>
        <source>the loss became {1}</source>
        <translation>損失變成了 {1}</translation>
    </message>
    <message>
        <source>the weights grew past {1}</source>
        <translation>權重超過了 {1}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>{1} values from {2} to {3}</source>
        <translation>{1} 個值，從 {2} 到 {3}</translation>
    </message>
    <message>
        <source>The one unit</source>
        <translation>唯一的單元</translation>
    </message>
    <message>
        <source>Each of the {1} units</source>
        <translation>{1} 個單元中的每一個</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>這個值</translation>
    </message>
    <message>
        <source>the {1} values</source>
        <translation>全部 {1} 個值</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>layer {1}</source>
        <translation>第 {1} 層</translation>
    </message>
    <message>
        <source>{1} of layer {2} adds up {3} of {4}, each times its weight, plus its bias: {5} = {6}.</source>
        <translation>第 {2} 層的{1}把{4}的{3}各自乘以權重後相加，再加上偏置：{5} = {6}。</translation>
    </message>
    <message>
        <source>squashes each z into (0, 1)</source>
        <translation>把每個 z 壓縮到 (0, 1) 之間</translation>
    </message>
    <message>
        <source>squashes each z into (−1, 1)</source>
        <translation>把每個 z 壓縮到 (−1, 1) 之間</translation>
    </message>
    <message>
        <source>keeps each positive z and turns each negative one into 0</source>
        <translation>保留每個正的 z，把每個負的 z 變成 0</translation>
    </message>
    <message>
        <source>keeps each positive z and scales each negative one by {1}</source>
        <translation>保留每個正的 z，把每個負的 z 乘以 {1}</translation>
    </message>
    <message>
        <source>passes each z through unchanged</source>
        <translation>讓每個 z 原樣通過</translation>
    </message>
    <message>
        <source>turns the scores z into probabilities that add up to 1</source>
        <translation>把得分 z 變成總和為 1 的機率</translation>
    </message>
    <message>
        <source>The activation {1} {2}: {3} = {4}. The network predicts class {5} (output {6} {7} 0.5).</source>
        <translation>激活函數 {1} {2}：{3} = {4}。網路預測為類別 {5}（輸出 {6} {7} 0.5）。</translation>
    </message>
    <message>
        <source>The activation {1} {2}: {3} = {4}. The network predicts class {5} (output {6}).</source>
        <translation>激活函數 {1} {2}：{3} = {4}。網路預測為類別 {5}（輸出 {6}）。</translation>
    </message>
    <message>
        <source>The activation {1} {2}: {3} = {4}.</source>
        <translation>激活函數 {1} {2}：{3} = {4}。</translation>
    </message>
    <message>
        <source>half the squared distance between the output and the target</source>
        <translation>輸出與目標之間距離平方的一半</translation>
    </message>
    <message>
        <source>minus the log of the probability the network gave the right class</source>
        <translation>網路給正確類別的機率取對數再取負</translation>
    </message>
    <message>
        <source>{1}, averaged over the {2} samples</source>
        <translation>{1}，在 {2} 個樣本上取平均</translation>
    </message>
    <message>
        <source>The loss measures how wrong the output is for the target (class {1}): {2}, here L = {3}.</source>
        <translation>損失衡量輸出相對於目標（類別 {1}）錯得有多厲害：{2}，這裡 L = {3}。</translation>
    </message>
    <message>
        <source>for cross-entropy with {1} outputs it is simply output minus target</source>
        <translation>對於 {1} 輸出的交叉熵，它就是輸出減去目標</translation>
    </message>
    <message>
        <source>for mse with linear outputs it is simply output minus target</source>
        <translation>對於線性輸出的 mse，它就是輸出減去目標</translation>
    </message>
    <message>
        <source>for mse through softmax, the error a − y goes through softmax&apos;s Jacobian</source>
        <translation>對於經過 softmax 的 mse，誤差 a − y 要乘以 softmax 的雅可比矩陣</translation>
    </message>
    <message>
        <source>for mse it is output minus target, times the slope of {1}</source>
        <translation>對於 mse，它是輸出減去目標，再乘以 {1} 的斜率</translation>
    </message>
    <message>
        <source>Backpropagation starts at the output: {1} tells how much the loss changes when each output z changes; {2}: {3} = {4}.</source>
        <translation>反向傳播從輸出開始：{1} 表示每個輸出 z 變化時損失變化多少；{2}：{3} = {4}。</translation>
    </message>
    <message>
        <source>The error flows back: each unit of layer {1} collects the δ of the units it feeds, weighted by the same weights, times the slope of its activation: {2} = {3}.</source>
        <translation>誤差向後流動：第 {1} 層的每個單元收集它所連線的下游單元的 δ，用同樣的權重加權，再乘以自身激活函數的斜率（鏈式法則：上游梯度 × 局部梯度）：{2} = {3}。</translation>
    </message>
    <message>
        <source>Each weight&apos;s gradient is the δ of the unit it feeds times the activation that flows through it{1}; the largest is {2} = {3}. Each bias&apos;s gradient is the δ of its unit.</source>
        <translation>每個權重的梯度等於它所連線單元的 δ 乘以流經它的激活值{1}；最大的是 {2} = {3}。每個偏置的梯度就是其單元的 δ。</translation>
    </message>
    <message>
        <source>, plus λ₂·W = {1}·W from L2 regularisation</source>
        <translation>，再加上來自 L2 正則化的 λ₂·W = {1}·W</translation>
    </message>
    <message>
        <source>, plus λ₁·sign(W) = {1}·sign(W) from L1 regularisation</source>
        <translation>，再加上來自 L1 正則化的 λ₁·sign(W) = {1}·sign(W)</translation>
    </message>
    <message>
        <source>No update: {1}, so the weights stay as they were.</source>
        <translation>未更新：{1}，因此權重保持不變。</translation>
    </message>
    <message>
        <source>Gradient descent moves every weight a small step against its gradient, W ← W − η·∂L/∂W with η = {1}; the largest change in {2} is {3}.</source>
        <translation>梯度下降讓每個權重沿梯度的反方向邁一小步，W ← W − η·∂L/∂W，其中 η = {1}；{2} 中最大的變化是 {3}。</translation>
    </message>
    <message>
        <source>{1} applies its rule at step t = {2} with {3}, using its running values ({4}); the largest change in {5} is {6}.</source>
        <translation>{1}在第 t = {2} 步按其規則更新，引數為 {3}，並使用其累積量（{4}）；{5} 中最大的變化是 {6}。</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>動量法</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 動量法</translation>
    </message>
    <message>
        <source>chain rule on each edge: upstream gradient × local gradient = downstream gradient</source>
        <translation>每條連線上的鏈式法則：上游梯度 × 局部梯度 = 下游梯度</translation>
    </message>
    <message>
        <source>… and {1} more weights</source>
        <translation>… 還有 {1} 個權重</translation>
    </message>
    <message>
        <source>[{1} smaller terms: {2}]</source>
        <translation>[{1} 個較小的項：{2}]</translation>
    </message>
    <message>
        <source>and {1} smaller ones</source>
        <translation>以及 {1} 個較小的</translation>
    </message>
    <message>
        <source>unit {1} of layer {2} ({3})</source>
        <translation>第 {2} 層的單元 {1}（{3}）</translation>
    </message>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隱藏</translation>
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
        <translation>這個網路有 {1} 個輸入，收到的是 {2} 個</translation>
    </message>
    <message>
        <source>2 units, shown exactly</source>
        <translation>2 個單元，精確顯示</translation>
    </message>
    <message>
        <source>1 unit, shown on a line</source>
        <translation>1 個單元，顯示在一條線上</translation>
    </message>
    <message>
        <source>{1} % of the variance</source>
        <translation>方差的 {1} %</translation>
    </message>
    <message>
        <source>{1} units, showing units {2} and {3} ({4})</source>
        <translation>{1} 個單元，顯示單元 {2} 和 {3}（{4}）</translation>
    </message>
    <message>
        <source>{1} units: across, the direction the output reads; up, the first principal component across it ({2})</source>
        <translation>{1} 個單元：橫向是輸出讀取的方向；縱向是與之垂直的第一主成分（{2}）</translation>
    </message>
    <message>
        <source>{1} units, first two principal components ({2})</source>
        <translation>{1} 個單元，前兩個主成分（{2}）</translation>
    </message>
    <message>
        <source>two random directions (seed {1}), scaled to each unit&apos;s weights ({2} normalisation, Li et al. 2018); biases held</source>
        <translation>兩個隨機方向（種子 {1}），按每個單元的權重縮放（{2}歸一化，Li 等人 2018）；偏置保持不變</translation>
    </message>
    <message>
        <source>two random directions (seed {1}), scaled to each layer&apos;s weights ({2} normalisation, Li et al. 2018); biases held</source>
        <translation>兩個隨機方向（種子 {1}），按每層的權重縮放（{2}歸一化，Li 等人 2018）；偏置保持不變</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>按濾波器</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>按層</translation>
    </message>
    <message>
        <source>the first two principal directions of {1} trajectory points ({2} and {3} of their spread)</source>
        <translation>{1} 個軌跡點的前兩個主方向（分別解釋其離散度的 {2} 和 {3}）</translation>
    </message>
    <message>
        <source>all {1} training samples</source>
        <translation>全部 {1} 個訓練樣本</translation>
    </message>
    <message>
        <source>{1} of {2} training samples (random, seed {3})</source>
        <translation>{2} 個訓練樣本中的 {1} 個（隨機，種子 {3}）</translation>
    </message>
    <message>
        <source>principal directions need a trajectory of at least two points away from the current weights: train a little first (or use random directions)</source>
        <translation>主方向需要一條至少有兩個點偏離當前權重的軌跡：請先訓練一會兒（或使用隨機方向）</translation>
    </message>
    <message>
        <source>the trajectory moved along a single line: there is no second direction</source>
        <translation>軌跡只沿一條直線移動：不存在第二個方向</translation>
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
        <translation>已達到 1 個輪次</translation>
    </message>
    <message>
        <source>training loss {1} reached the target {2}</source>
        <translation>訓練損失 {1} 已達到目標 {2}</translation>
    </message>
    <message>
        <source>validation error {1} reached the target {2}</source>
        <translation>驗證錯誤率 {1} 已達到目標 {2}</translation>
    </message>
    <message>
        <source>training error {1} reached the target {2}</source>
        <translation>訓練錯誤率 {1} 已達到目標 {2}</translation>
    </message>
    <message>
        <source>weight updates became tiny (‖ΔW‖ = {1} &lt; {2})</source>
        <translation>權重更新變得極小（‖ΔW‖ = {1} &lt; {2}）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>製表符</translation>
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
        <translation>{1} 不是數（請排除該列，或把它選為目標）</translation>
    </message>
    <message>
        <source>{1} is not a number</source>
        <translation>{1} 不是數</translation>
    </message>
</context>
<context>
    <name>FunctionFit</name>
    <message>
        <source>Show each hidden unit&apos;s contribution w·a</source>
        <translation>顯示每個隱藏單元的貢獻 w·a</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>The function fit is drawn for regression with one input and one output (the 1D datasets sine, abs, step, bumps, poly).</source>
        <translation>函數擬合只為單輸入單輸出的迴歸繪製（一維資料集：正弦、絕對值、階躍、凸起、多項式）。</translation>
    </message>
    <message>
        <source>Thick black: the network&apos;s output ŷ(x)</source>
        <translation>粗黑線：網路的輸出 ŷ(x)</translation>
    </message>
    <message>
        <source>; dashed green: the target function</source>
        <translation>；綠色虛線：目標函數</translation>
    </message>
    <message>
        <source>; dots: training samples, squares: validation samples.</source>
        <translation>；圓點：訓練樣本，方塊：驗證樣本。</translation>
    </message>
    <message>
        <source>each of the {0}</source>
        <translation>全部 {0} 個</translation>
    </message>
    <message>
        <source>the {0} strongest of</source>
        <translation>最強的 {0} 個</translation>
    </message>
    <message>
        <source> Thin lines: {0} last hidden layer&apos;s units&apos; contribution w·a(x) (blue w &gt; 0, orange w &lt; 0); grey dotted: the output bias b.</source>
        <translation>細線：最後一個隱藏層中{0}單元的貢獻 w·a(x)（藍色 w &gt; 0，橙色 w &lt; 0）；灰色點線：輸出偏置 b。</translation>
    </message>
    <message>
        <source> ŷ = Σ w·a + b: the thin lines and the bias add up to the thick one.</source>
        <translation>ŷ = Σ w·a + b：細線與偏置相加得到粗線。</translation>
    </message>
</context>
<context>
    <name>GradientFlow</name>
    <message>
        <source>gradient norm per layer</source>
        <translation>每層的梯度範數</translation>
    </message>
    <message>
        <source>update size relative to the weights</source>
        <translation>更新量相對於權重的大小</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>Thin lines: batches (sampled); dots: epoch means. Log scale (ticks at 1, 2, 5 × 10ᵏ).</source>
        <translation>細線：批量（抽樣）；圓點：輪次平均值。對數座標（刻度為 1、2、5 × 10ᵏ）。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The network and its data</source>
        <translation>網路及其資料</translation>
    </message>
    <message>
        <source>Data: which examples the network learns from. Two moons, circles, XOR and spiral are points in a plane with two classes; MNIST is 28×28 images of handwritten digits. Size, noise, validation share and seed change the points; Regenerate draws them again and keeps the network.

Hidden layers sit between the input (one unit per feature) and the output (one unit per class). Each hidden unit adds up its inputs times its weights and passes the sum through its activation function.

Try: remove every hidden layer, Apply and train on two moons. A network without hidden layers can only draw a straight boundary. Add one layer of 8 tanh units back and train again.</source>
        <translation>資料：網路從哪些樣本中學習。雙月、同心圓、XOR 和螺旋是平面上分成兩類的點；MNIST 是 28×28 的手寫數字影像。點數、雜訊、驗證比例和種子會改變這些點；「重新生成」會重新生成點並保留網路。

隱藏層位於輸入層（每個特徵一個單元）和輸出層（每個類別一個單元）之間。每個隱藏單元把輸入乘以各自的權重後相加，再把和送入它的激活函數。

試一試：刪除所有隱藏層，按「應用」，在雙月上訓練。沒有隱藏層的網路只能畫出一條直線邊界。再加回一層 8 個 tanh 單元，重新訓練。</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <source>How the network learns. The learning rate η is the size of each step downhill on the loss; the optimizer decides how the steps are taken (plain SGD, with momentum, or adapted per weight like Adam). Batch size is how many examples each step looks at. Epochs is how many passes over the training data one press of Train makes.

A field that turns red was refused: the message next to it says why and the setting keeps the last good value shown under it.

Try: set the learning rate to 3 with SGD and watch the loss jump about; then 0.003 and watch it crawl.</source>
        <translation>網路如何學習。學習率 η 是沿損失下坡每一步的大小；優化器決定如何邁步（普通 SGD、帶動量，或像 Adam 那樣為每個權重自適應）。批量大小是每一步看多少個樣本。輪次是按一次「訓練」要遍歷訓練資料多少遍。

變紅的欄位表示輸入被拒絕：旁邊的訊息說明原因，設定保持下方顯示的上一個有效值。

試一試：用 SGD 把學習率設為 3，看損失如何上下跳動；再設為 0.003，看它如何緩慢下降。</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>損失和準確率</translation>
    </message>
    <message>
        <source>Left: the loss, how wrong the network is on average (lower is better). Right: the accuracy, the share of examples it classifies correctly. The horizontal axis counts epochs (passes over the training data).

The thin pale line follows each mini-batch, the thick blue line is the whole epoch&apos;s training value and the red dashed line the validation set: examples the network never trains on. When the training curve keeps falling and the validation curve turns up, the network is memorising rather than learning (overfitting).

Try: point at a curve to read its values; tick Log scale to see the late, small improvements.</source>
        <translation>左：損失，即網路平均錯得有多厲害（越低越好）。右：準確率，即分類正確的樣本所佔比例。橫軸是輪次（遍歷訓練資料的次數）。

淺色細線跟隨每個小批量，藍色粗線是整個輪次的訓練值，紅色虛線是驗證集：網路從不在其上訓練的樣本。當訓練曲線繼續下降而驗證曲線開始上升時，網路是在死記硬背而不是在學習（過擬合）。

試一試：指向曲線讀取數值；勾選「對數座標」檢視後期的微小改進。</translation>
    </message>
    <message>
        <source>The network as a graph</source>
        <translation>以圖的形式看網路</translation>
    </message>
    <message>
        <source>Columns are layers, from the input on the left to the output on the right; circles are units (neurons) and lines are weights.

A circle&apos;s colour is its value for the current sample: blue positive, orange negative, white near zero (the colour bar gives the scale). A line is blue for a positive weight and orange for a negative one; the thicker and darker, the larger the weight compared with the others of its layer. While you step through a pass, the shaded column is the layer the step works on.

Try: click a neuron to select it (the other panels follow) and hover it to read its value.</source>
        <translation>每一列是一層，從左邊的輸入到右邊的輸出；圓圈是單元（神經元），連線是權重。

圓圈的顏色是它對當前樣本的值：藍色為正，橙色為負，白色接近零（色條給出刻度）。正權重的連線是藍色，負權重是橙色；越粗越深，表示該權重相對於同層其他權重越大。逐步執行一次傳播時，帶陰影的列就是當前步驟所處理的層。

試一試：點選一個神經元將其選中（其他面板會跟隨），指向它可讀取它的值。</translation>
    </message>
    <message>
        <source>Weights as pictures</source>
        <translation>以影像看權重</translation>
    </message>
    <message>
        <source>One picture per layer of weights. Row i, column j is the weight from unit i of the layer below to unit j of the layer above. Blue is positive, orange negative, white zero; the colour bar gives the scale. The histogram beside it counts how many weights have each value.

The selected neuron&apos;s incoming weights (its column) are outlined.

Try: watch the histogram while training. With a large L2 penalty the weights crowd around zero.</source>
        <translation>每層權重一張圖。第 i 行第 j 列是從下一層的單元 i 到上一層的單元 j 的權重。藍色為正，橙色為負，白色為零；色條給出刻度。旁邊的直方圖統計各個取值的權重有多少。

選中神經元的輸入權重（它所在的列）會被框出。

試一試：訓練時觀察直方圖。L2 懲罰較大時，權重會聚集在零附近。</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>決策邊界</translation>
    </message>
    <message>
        <source>The big map colours every point of the plane by what the network predicts there: blue for class 1, orange for class 0, pale where it is unsure. The dots are the training examples, the squares the validation examples, coloured by their true class. Where a dot sits on the other colour, the network gets it wrong.

The small maps show what each hidden neuron computes over the plane: the output&apos;s boundary is built out of them.

Try: train a network without hidden layers (its boundary is a straight line), then with two hidden layers of 8 units.</source>
        <translation>大圖按網路在平面每一點上的預測著色：藍色為類別 1，橙色為類別 0，不確定處顏色較淺。圓點是訓練樣本，方塊是驗證樣本，按真實類別著色。圓點落在另一種顏色上時，說明網路判斷錯了。

小圖顯示每個隱藏神經元在平面上的計算結果：輸出的邊界就是由它們組合而成的。

試一試：訓練一個沒有隱藏層的網路（它的邊界是一條直線），再訓練一個有兩個 8 單元隱藏層的網路。</translation>
    </message>
    <message>
        <source>Receptive fields</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>For image data: each tile is one unit of the first hidden layer, showing its 784 incoming weights laid out as the 28×28 image they multiply. Blue pixels push the unit up, orange pixels push it down, white pixels do not matter.

Try: train on MNIST for one epoch and look for tiles that show strokes or parts of digits.</source>
        <translation>用於影像資料：每個小圖是第一個隱藏層的一個單元，把它的 784 個輸入權重排成與之相乘的 28×28 影像。藍色像素使單元增大，橙色像素使它減小，白色像素無影響。

試一試：在 MNIST 上訓練一個輪次，找一找顯示筆畫或數字局部的小圖。</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>How strongly each layer learns. Top: the size of each layer&apos;s gradient ‖∂L/∂W‖; bottom: the size of each update relative to the weights ‖ΔW‖ / ‖W‖ (around 0.001 is healthy). Both axes are logarithmic: each grid line is ten times the one below. One colour per layer; thin lines follow the batches, dots are epoch means.

Try: build a network of five sigmoid hidden layers. The first layers&apos; lines sit far below the last one: the gradient vanishes on its way back.</source>
        <translation>每一層學得有多強。上：每層梯度的大小 ‖∂L/∂W‖；下：每次更新相對於權重的大小 ‖ΔW‖ / ‖W‖（約 0.001 為健康）。兩條軸都是對數座標：每條網格線是下一條的十倍。每層一種顏色；細線跟隨批量，圓點是輪次平均值。

試一試：搭建一個有五個 sigmoid 隱藏層的網路。前幾層的線遠低於最後一層：梯度在反向傳播途中消失了。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩陣</translation>
    </message>
    <message>
        <source>Rows are the true classes, columns the classes the network predicted, on the validation set. The diagonal holds the correct answers; every other cell is a kind of mistake. A cell&apos;s number is how many examples fell in it; its shade is their share of the row.

Below, the misclassified examples, the most confident mistakes first.

Try: on MNIST, find which two digits are confused most often, then click one of the mistakes to make it the current sample.</source>
        <translation>在驗證集上，行是真實類別，列是網路預測的類別。對角線是正確答案；其他每個格子都是一種錯誤。格子裡的數字是落在其中的樣本數；顏色深淺是它們佔該行的比例。

下方是分類錯誤的樣本，最有把握的錯誤排在最前。

試一試：在 MNIST 上找出最常混淆的兩個數字，然後點選其中一個錯誤樣本，把它設為當前樣本。</translation>
    </message>
    <message>
        <source>Step through one pass</source>
        <translation>逐步執行一次傳播</translation>
    </message>
    <message>
        <source>One forward and one backward pass on the current sample, one operation at a time, with the real numbers. Forward: each layer computes z = a·W + b and then a = f(z). Backward: the error δ flows from the output back to the input, each layer multiplying by its weights and by its activation&apos;s slope, and gives the gradient of every weight.

The list on the left is the order of the steps; the formula shows the selected neuron&apos;s numbers. Apply update makes exactly one training step on this sample; Undo takes it back.

Try: go to the loss step, press Apply update, and see the loss on this sample fall.</source>
        <translation>在當前樣本上做一次前向傳播和一次反向傳播，每次一個運算，使用真實數值。前向：每層計算 z = a·W + b，然後 a = f(z)。反向：誤差 δ 從輸出流回輸入，每層乘以它的權重和激活函數的斜率，得到每個權重的梯度（鏈式法則：上游梯度 × 局部梯度）。

左邊的列表是步驟的順序；公式顯示選中神經元的數值。「應用更新」在這個樣本上恰好做一步訓練；「復原」將其撤回。

試一試：轉到損失這一步，按「應用更新」，看這個樣本上的損失下降。</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>畫一個數字</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse. The network reads it as you draw: the big digit is its answer and the bars are the probabilities it gives each digit. The small grey image is what the network actually sees, your drawing shrunk to 28×28 and centred like the MNIST images.

Try: draw a 7 with and without its crossbar, or a 1 written very slanted, and see which digits compete.</source>
        <translation>用滑鼠畫一個數字。網路邊畫邊讀：大數字是它的答案，條形是它給每個數字的機率。灰色小圖是網路實際看到的內容：你的圖畫縮小到 28×28，並像 MNIST 影像那樣居中。

試一試：畫一個帶橫槓和不帶橫槓的 7，或一個寫得很斜的 1，看看哪些數字在競爭。</translation>
    </message>
    <message>
        <source>How the layers bend the plane</source>
        <translation>各層如何彎曲平面</translation>
    </message>
    <message>
        <source>The input plane, its grid lines and the data points, and where each layer moves them. Each layer first maps and shifts the plane (z = a·W + b, straight lines stay straight) and then bends it (a = g(z)). The slider goes from one stage to the next; Play runs through them all.

In the last hidden layer&apos;s space the output draws one straight line (dashed): the hidden layers have bent the plane until the classes can be cut apart by a line.

Try: on two moons with 2-2-2-1 tanh, move the slider slowly and watch the moons pull apart.</source>
        <translation>輸入平面、它的網格線和資料點，以及每一層把它們移到了哪裡。每一層先對平面做線性變換和平移（z = a·W + b，直線仍是直線），再把它彎曲（a = g(z)）。滑塊從一個階段走到下一個階段；「播放」會依次走完所有階段。

在最後一個隱藏層的空間裡，輸出畫出一條直線（虛線）：隱藏層已把平面彎曲到可以用一條直線把各類別分開。

試一試：在雙月上用 2-2-2-1 tanh 網路，慢慢移動滑塊，看兩個月牙如何被拉開。</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>損失地形</translation>
    </message>
    <message>
        <source>The loss over a slice of weight space through the current weights: the centre is where the network is now, each direction changes all the weights together. Colours and contour lines show the height of the loss (its scale is beside it); the line is the path training took.

The directions are either random ones or the two along which training moved most; the panel says which, and on which data the loss is measured.

Try: train with a large learning rate and see the path jump across the valley.</source>
        <translation>經過當前權重的一個權重空間切片上的損失：中心是網路現在的位置，每個方向都同時改變所有權重。顏色和等高線表示損失的高低（刻度在旁邊）；那條線是訓練走過的路徑。

方向要麼是隨機的，要麼是訓練移動最多的兩個方向；面板會說明是哪一種，以及損失是在哪些資料上計算的。

試一試：用較大的學習率訓練，看路徑如何在山谷兩側來回跳。</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>優化器競賽</translation>
    </message>
    <message>
        <source>The same network trained by several optimizers from the same initial weights, with the same batches in the same order, so only the optimizer differs. The curves show each one&apos;s loss and accuracy; the map shows their paths on one loss landscape.

Try: race SGD against Adam at learning rate 0.03, then give SGD a learning rate of 1.</source>
        <translation>同一個網路由幾個優化器從相同的初始權重開始訓練，批量相同、順序相同，所以只有優化器不同。曲線顯示各自的損失和準確率；地圖顯示它們在同一個損失地形上的路徑。

試一試：在學習率 0.03 下讓 SGD 和 Adam 比賽，然後把 SGD 的學習率設為 1。</translation>
    </message>
    <message>
        <source>Function fit</source>
        <translation>函數擬合</translation>
    </message>
    <message>
        <source>For one input and one output: the target curve, the samples (dots for training, squares for validation) and the network&apos;s own curve (thick). The thin curves are the pieces: what each hidden unit adds to the output (blue where its weight is positive, orange where negative). They add up to the network&apos;s curve.

Try: fit sin with 3 hidden units, then with 16, and watch the pieces.</source>
        <translation>用於單輸入單輸出：目標曲線、樣本（圓點為訓練，方塊為驗證）和網路自己的曲線（粗線）。細曲線是組成部分：每個隱藏單元加到輸出上的量（權重為正時為藍色，為負時為橙色）。它們相加就是網路的曲線。

試一試：用 3 個隱藏單元擬合正弦，再用 16 個，觀察這些組成部分。</translation>
    </message>
    <message>
        <source>Predicted against true</source>
        <translation>預測值對真實值</translation>
    </message>
    <message>
        <source>Left: every sample at (true value, predicted value). A perfect network puts them all on the diagonal. Right: the error of each validation sample against its true value; a pattern there (a slope, a curve) is something the network has not learnt yet.

Try: train a network without hidden layers on a curved function and look at the pattern in the errors.</source>
        <translation>左：每個樣本畫在（真實值，預測值）處。完美的網路會把它們全部放在對角線上。右：每個驗證樣本的誤差對其真實值作圖；其中的規律（斜坡、彎曲）就是網路還沒學會的東西。

試一試：在一條彎曲的函數上訓練一個沒有隱藏層的網路，觀察誤差中的規律。</translation>
    </message>
    <message>
        <source>Regression surface</source>
        <translation>迴歸曲面</translation>
    </message>
    <message>
        <source>For two inputs and one output: the plane coloured by the value the network predicts (blue positive, orange negative, white zero), with the samples on top in the same colours. Where a point&apos;s colour matches the ground under it, the network is right.

Try: add the feature x₁² and see how few hidden units a bowl-shaped target needs.</source>
        <translation>用於雙輸入單輸出：平面按網路預測的值著色（藍色為正，橙色為負，白色為零），樣本用同樣的顏色畫在上面。點的顏色與其下方底面顏色一致時，網路就預測對了。

試一試：加入特徵 x₁²，看看碗形目標只需要多少個隱藏單元。</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什麼？</translation>
    </message>
    <message>
        <source>What am I looking at? — {0}</source>
        <translation>我在看什麼？— {0}</translation>
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
        <translation>（以 % 輸入）</translation>
    </message>
    <message>
        <source> — applies at Reset</source>
        <translation> — 重設時生效</translation>
    </message>
    <message>
        <source>write settings as name=value, e.g. {0}</source>
        <translation>請按 名稱=值 的形式填寫設定，例如 {0}</translation>
    </message>
    <message>
        <source>{0} takes a number, not {1!r}</source>
        <translation>{0} 需要一個數，而不是 {1!r}</translation>
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
        <translation>匯入表格</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>迴歸</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>匯入表格</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未選擇檔案</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>目標列</translation>
    </message>
    <message>
        <source>Feature columns</source>
        <translation>特徵列</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>驗證比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>{0:,} rows × {1} columns · delimiter: {2} · decimal mark: {3} · header row: {4} · {5:,} bytes</source>
        <translation>{0:,} 行 × {1} 列 · 分隔符：{2} · 小數點：{3} · 標題行：{4} · {5:,} 位元組</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>point</source>
        <translation>句點</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no (columns numbered)</source>
        <translation>無（列按編號命名）</translation>
    </message>
    <message>
        <source>{0}  (text)</source>
        <translation>{0}（文本）</translation>
    </message>
    <message>
        <source>automatic ({0})</source>
        <translation>自動（{0}）</translation>
    </message>
    <message>
        <source>classification into {0} classes ({1})</source>
        <translation>分類，共 {0} 個類別（{1}）</translation>
    </message>
    <message>
        <source>regression (a number per row; linear output and mse suit it)</source>
        <translation>迴歸（每行一個數；適合線性輸出和 mse）</translation>
    </message>
    <message>
        <source>{0}; {1} inputs, standardised with the training rows&apos; mean and spread; {2:,} rows to train on, {3:,} for validation</source>
        <translation>{0}；{1} 個輸入，用訓練行的均值和離散度標準化；{2:,} 行用於訓練，{3:,} 行用於驗證</translation>
    </message>
</context>
<context>
    <name>InputFeatures</name>
    <message>
        <source>Give the network {0} of each point as an input</source>
        <translation>把每個點的 {0} 作為網路的一個輸入</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart Backprop Studio now?</source>
        <translation>新語言將在下次啟動時使用。現在重新啟動 Backprop Studio 嗎？</translation>
    </message>
</context>
<context>
    <name>LossLandscape</name>
    <message>
        <source>random directions (filter-normalised)</source>
        <translation>隨機方向（按濾波器歸一化）</translation>
    </message>
    <message>
        <source>principal directions of the trajectory</source>
        <translation>軌跡的主方向</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新計算</translation>
    </message>
    <message>
        <source>Centre the plane on the current weights again</source>
        <translation>重新以當前權重為平面中心</translation>
    </message>
    <message>
        <source>Recompute when training pauses</source>
        <translation>訓練暫停時重新計算</translation>
    </message>
    <message>
        <source>α (first direction)</source>
        <translation>α（第一個方向）</translation>
    </message>
    <message>
        <source>β (second direction)</source>
        <translation>β（第二個方向）</translation>
    </message>
    <message>
        <source>log₁₀ loss</source>
        <translation>log₁₀ 損失</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>The loss landscape needs a network that fits the dataset.</source>
        <translation>損失地形需要一個與資料集匹配的網路。</translation>
    </message>
    <message>
        <source>computing the {0} × {1} grid (coarse first)…</source>
        <translation>正在計算 {0} × {1} 網格（先粗後細）…</translation>
    </message>
    <message>
        <source>Directions: {0}. Loss on {1}. ■ start, ★ the weights now; (0, 0): the weights the plane was computed at.</source>
        <translation>方向：{0}。{1}上的損失。■ 起點，★ 當前權重；(0, 0)：計算該平面時的權重。</translation>
    </message>
    <message>
        <source> The trajectory lies mostly off a random plane: drawn is its shadow.</source>
        <translation>軌跡大部分不在隨機平面上：畫出的是它的投影。</translation>
    </message>
    <message>
        <source>{0} × {1} grid, {2:.2f} s; loss at the centre {3:.4g} (the network&apos;s own {4:.4g}), lowest {5:.4g}, highest {6:.4g}</source>
        <translation>{0} × {1} 網格，{2:.2f} s；中心處損失 {3:.4g}（網路自身的 {4:.4g}），最低 {5:.4g}，最高 {6:.4g}</translation>
    </message>
    <message>
        <source>Not computed: {0}</source>
        <translation>未計算：{0}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Log scale</source>
        <translation>對數座標</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis</source>
        <translation>在對數座標軸上顯示損失</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Exponential moving average of the per-batch curves (α = 0.05)</source>
        <translation>對逐批量曲線做指數移動平均（α = 0.05）</translation>
    </message>
    <message>
        <source>Train to see the loss fall</source>
        <translation>訓練後可看到損失下降</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>training, per batch</source>
        <translation>訓練，逐批量</translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation>訓練，逐輪次</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>準確率 (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>training (batch)</source>
        <translation>訓練（批量）</translation>
    </message>
    <message>
        <source>training (epoch)</source>
        <translation>訓練（輪次）</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Point at the curves to read their values</source>
        <translation>指向曲線可讀取數值</translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation>輪次 {0:.2f}</translation>
    </message>
    <message>
        <source>batch loss {0:.4g}</source>
        <translation>批量損失 {0:.4g}</translation>
    </message>
    <message>
        <source>batch RMSE {0:.4g}</source>
        <translation>批量 RMSE {0:.4g}</translation>
    </message>
    <message>
        <source>batch accuracy {0:.1f}%</source>
        <translation>批量準確率 {0:.1f}%</translation>
    </message>
    <message>
        <source>val. RMSE</source>
        <translation>驗證 RMSE</translation>
    </message>
    <message>
        <source>val. acc.</source>
        <translation>驗證準確率</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <source>{0} {1} (end of epoch {2})</source>
        <translation>{0} {1}（第 {2} 輪次結束時）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Backprop Studio models (*.bps);;All files (*)</source>
        <translation>Backprop Studio 模型 (*.bps);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Models (*.bps *.onnx);;Backprop Studio models (*.bps);;ONNX MLPs (*.onnx);;All (*)</source>
        <translation>模型 (*.bps *.onnx);;Backprop Studio 模型 (*.bps);;ONNX 多層感知機 (*.onnx);;全部 (*)</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>訓練已停止：{0}</translation>
    </message>
    <message>
        <source>Lower the learning rate to {0:g} and reset</source>
        <translation>把學習率降到 {0:g} 並重設</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Reset starts again from the initial weights: the {0:.1f} epochs trained so far are dropped (save first to keep them). Continue?</source>
        <translation>重設會從初始權重重新開始：目前已訓練的 {0:.1f} 個輪次將被丟棄（如需保留請先儲存）。繼續嗎？</translation>
    </message>
    <message>
        <source>Reset the training?</source>
        <translation>重設訓練？</translation>
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
        <translation>新建工作區</translation>
    </message>
    <message>
        <source>Open another model</source>
        <translation>開啟另一個模型</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>開啟模型</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>儲存模型</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>匯出 ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>匯出 PyTorch 腳本</translation>
    </message>
    <message>
        <source>Start the script from which weights?</source>
        <translation>腳本從哪組權重開始？</translation>
    </message>
    <message>
        <source>The run&apos;s initial weights: the script replays this run, its loss curve the app&apos;s. The current weights: it trains on from where the network is now.</source>
        <translation>本次執行的初始權重：腳本重演這次執行，損失曲線與程式中的相同。當前權重：從網路現在的狀態繼續訓練。</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>初始權重</translation>
    </message>
    <message>
        <source>Current weights</source>
        <translation>當前權重</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 腳本 (*.py)</translation>
    </message>
    <message>
        <source>the untitled model</source>
        <translation>未命名模型</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <source>{0}: save the changes to {1} first?</source>
        <translation>{0}：先儲存對 {1} 的更改嗎？</translation>
    </message>
    <message>
        <source>MNIST imported</source>
        <translation>MNIST 已匯入</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>下載 MNIST</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>開啟模型(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;table…</source>
        <translation>匯入表格(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import MNIST…</source>
        <translation>匯入 MNIST(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Download MNIST…</source>
        <translation>下載 MNIST(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export ONNX…</source>
        <translation>匯出 ONNX(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;PyTorch script…</source>
        <translation>匯出 PyTorch 腳本(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重設版面配置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation>關於 Backprop Studio(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉提示</translation>
    </message>
</context>
<context>
    <name>MnistDownload</name>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>下載已取消；未保留任何內容。</translation>
    </message>
    <message>
        <source>MNIST downloaded and verified.</source>
        <translation>MNIST 已下載並通過校驗。</translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation>正在下載 MNIST…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Download MNIST</source>
        <translation>下載 MNIST</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} of {2:.1f} MB</source>
        <translation>正在下載 {0}：{1:.1f} / {2:.1f} MB</translation>
    </message>
    <message>
        <source>Downloading {0}: {1:.1f} MB</source>
        <translation>正在下載 {0}：{1:.1f} MB</translation>
    </message>
</context>
<context>
    <name>MyDigitsDialog</name>
    <message>
        <source>My digits</source>
        <translation>我的數字</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>更改標籤</translation>
    </message>
    <message>
        <source>Give the selected digits this label</source>
        <translation>給選中的數字設定這個標籤</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Remove the selected digits from My digits</source>
        <translation>從「我的數字」中刪除選中的數字</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>選中：</translation>
    </message>
    <message>
        <source>My digits could not be read: {0}</source>
        <translation>無法讀取「我的數字」：{0}</translation>
    </message>
    <message>
        <source>Digit {0}, labelled {1}</source>
        <translation>第 {0} 個數字，標籤為 {1}</translation>
    </message>
    <message>
        <source>{0} digit{1}</source>
        <translation>{0} 個數字</translation>
    </message>
    <message>
        <source> ({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <source>: teach some on the canvas</source>
        <translation>：請在畫布上教它一些</translation>
    </message>
    <message>
        <source>Could not change the label: {0}</source>
        <translation>無法更改標籤：{0}</translation>
    </message>
    <message>
        <source>Labelled {0} as {1}.</source>
        <translation>已把 {0} 個標為 {1}。</translation>
    </message>
    <message>
        <source>Could not delete: {0}</source>
        <translation>無法刪除：{0}</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>已刪除 {0} 個。</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <source>Two moons</source>
        <translation>雙月</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圓</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>高斯團</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>MNIST 手寫數字</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>新增隱藏層</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>應用</translation>
    </message>
    <message>
        <source>Build this network (new weights, from the seed)</source>
        <translation>搭建這個網路（由種子生成新的權重）</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Hidden layers (units, activation)</source>
        <translation>隱藏層（單元數，激活函數）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>輸出激活函數</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <source>at most {0} hidden layers</source>
        <translation>最多 {0} 個隱藏層</translation>
    </message>
    <message>
        <source>{0} units (one per feature of the data)</source>
        <translation>{0} 個單元（資料的每個特徵一個）</translation>
    </message>
    <message>
        <source>{0} units </source>
        <translation>{0} 個單元</translation>
    </message>
    <message>
        <source>1 unit </source>
        <translation>1 個單元</translation>
    </message>
    <message>
        <source>(the predicted value)</source>
        <translation>（預測值）</translation>
    </message>
    <message>
        <source>(probability of class 1)</source>
        <translation>（類別 1 的機率）</translation>
    </message>
    <message>
        <source>(one per class)</source>
        <translation>（每個類別一個）</translation>
    </message>
    <message>
        <source>{0}: {1:,} weights and biases</source>
        <translation>{0}：{1:,} 個權重和偏置</translation>
    </message>
    <message>
        <source> — press Apply to build it</source>
        <translation> — 按「應用」搭建</translation>
    </message>
    <message>
        <source>{0:,} training + {1:,} validation samples, {2} features, </source>
        <translation>{0:,} 個訓練樣本 + {1:,} 個驗證樣本，{2} 個特徵，</translation>
    </message>
    <message>
        <source>a number to predict</source>
        <translation>預測一個數</translation>
    </message>
    <message>
        <source>{0} classes</source>
        <translation>{0} 個類別</translation>
    </message>
</context>
<context>
    <name>NetworkSpec</name>
    <message>
        <source>a hidden layer needs 1 to {0} units, not {1}</source>
        <translation>隱藏層需要 1 到 {0} 個單元，而不是 {1}</translation>
    </message>
</context>
<context>
    <name>OptimizerRace</name>
    <message>
        <source>optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>shared landscape</source>
        <translation>共同的地形</translation>
    </message>
    <message>
        <source>loss (solid: validation, dotted: training)</source>
        <translation>損失（實線：驗證，點線：訓練）</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>準確率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Test surfaces</source>
        <translation>測試曲面</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>batches of {0}, seed {1}</source>
        <translation>批量大小 {0}，種子 {1}</translation>
    </message>
    <message>
        <source>Every racer trains {0} on {1} from the workspace&apos;s initial weights (the ones Reset keeps), {2}: the same start and the same batches for all.</source>
        <translation>每個參賽者都從工作區的初始權重（「重設」保留的那組）出發，在{1}上訓練 {0}，{2}：大家的起點和批量都相同。</translation>
    </message>
    <message>
        <source>No network or dataset to race on.</source>
        <translation>沒有可用於競賽的網路或資料集。</translation>
    </message>
    <message>
        <source>Not started: {0}</source>
        <translation>未開始：{0}</translation>
    </message>
    <message>
        <source>Racing…</source>
        <translation>競賽中…</translation>
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
        <translation>共同的地形，■ = 共同起點（{0:.0%} + {1:.0%}）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;■&lt;/span&gt; {3}: validation loss {4:.4f}, {5:.2f} s{6}{7}</source>
        <translation>&lt;span style=&apos;color: rgb({0},{1},{2})&apos;&gt;■&lt;/span&gt; {3}：驗證損失 {4:.4f}，{5:.2f} s{6}{7}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Winner: {0}&lt;/b&gt; (lowest validation loss)</source>
        <translation>&lt;b&gt;勝者：{0}&lt;/b&gt;（驗證損失最低）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No winner&lt;/b&gt;: every optimizer diverged</source>
        <translation>&lt;b&gt;沒有勝者&lt;/b&gt;：所有優化器都發散了</translation>
    </message>
    <message>
        <source>Racing… epoch {0} of {1}</source>
        <translation>競賽中… 第 {0} / {1} 輪次</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Landscape: the loss on {0} over the plane of the first two principal directions of all trajectories together (the share of their spread each explains in its title), centred on the common start.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;地形：{0}上的損失，畫在所有軌跡合在一起的前兩個主方向所張成的平面上（每個方向解釋的離散度比例見其標題），以共同起點為中心。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The race stopped: {0}</source>
        <translation>競賽已停止：{0}</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>The network&apos;s output for each digit (softmax probabilities)</source>
        <translation>網路對每個數字的輸出（softmax 機率）</translation>
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
        <translation>請按 名稱=數值 的形式填寫設定，例如 momentum=0.9，而不是 {0!r}</translation>
    </message>
</context>
<context>
    <name>ReceptiveFields</name>
    <message>
        <source>incoming weight w</source>
        <translation>輸入權重 w</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>Receptive fields need image inputs; this network takes {0} numbers that are not an image. Choose MNIST to see them.</source>
        <translation>感受野需要影像輸入；這個網路的 {0} 個輸入不是影像。選擇 MNIST 即可看到。</translation>
    </message>
    <message>
        <source>Incoming weights of each {0} unit as a {1}×{2} image (unit 0 top left, row by row).</source>
        <translation>每個{0}單元的輸入權重，排成 {1}×{2} 的影像（單元 0 在左上，逐行排列）。</translation>
    </message>
    <message>
        <source> Showing units 0–{0} of {1}.</source>
        <translation>顯示 {1} 個單元中的 0–{0}。</translation>
    </message>
    <message>
        <source>unit {0}, weight from pixel (row {1}, column {2}) = {3:.4g}</source>
        <translation>單元 {0}，來自像素（第 {1} 行，第 {2} 列）的權重 = {3:.4g}</translation>
    </message>
</context>
<context>
    <name>RegressionSurface</name>
    <message>
        <source>predicted ŷ</source>
        <translation>預測 ŷ</translation>
    </message>
    <message>
        <source>Ground: the network&apos;s output ŷ over the plane. Points: the samples coloured by their true y (● training, ■ validation); a point that blends into the ground is predicted well.</source>
        <translation>底面：網路在平面上的輸出 ŷ。點：按真實 y 著色的樣本（● 訓練，■ 驗證）；與底面顏色融為一體的點預測得好。</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>The regression surface is drawn for regression on 2D points (the datasets plane and gaussians).</source>
        <translation>迴歸曲面只為二維點上的迴歸繪製（資料集：平面和高斯峰）。</translation>
    </message>
</context>
<context>
    <name>RegressionView</name>
    <message>
        <source>true y</source>
        <translation>真實 y</translation>
    </message>
    <message>
        <source>predicted ŷ</source>
        <translation>預測 ŷ</translation>
    </message>
    <message>
        <source>predicted vs true</source>
        <translation>預測值與真實值</translation>
    </message>
    <message>
        <source>residual ŷ − y</source>
        <translation>殘差 ŷ − y</translation>
    </message>
    <message>
        <source>residuals (validation)</source>
        <translation>殘差（驗證）</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>Predicted against true values is drawn for regression datasets (classification has the confusion matrix).</source>
        <translation>預測值對真實值的圖只為迴歸資料集繪製（分類請看混淆矩陣）。</translation>
    </message>
    <message>
        <source>residuals (training)</source>
        <translation>殘差（訓練）</translation>
    </message>
    <message>
        <source>   (● training, ■ validation; on the dashed diagonal ŷ = y)</source>
        <translation>   （● 訓練，■ 驗證；虛線對角線上 ŷ = y）</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Train / pause / resume</source>
        <translation>訓練 / 暫停 / 繼續</translation>
    </message>
    <message>
        <source>Train on one mini-batch</source>
        <translation>用一個小批量訓練一步</translation>
    </message>
    <message>
        <source>Train to the end of the epoch</source>
        <translation>訓練到本輪次結束</translation>
    </message>
    <message>
        <source>Reset: new weights from the seed</source>
        <translation>重設：由種子生成新的權重</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作區</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>開啟模型</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>儲存模型</translation>
    </message>
    <message>
        <source>Save the model as…</source>
        <translation>模型另存為…</translation>
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
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
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
        <translation>輸出的方向</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Run through the stages, pausing at each one</source>
        <translation>依次播放各個階段，在每個階段停留</translation>
    </message>
    <message>
        <source>Stage: input, then z and a of each layer</source>
        <translation>階段：輸入，然後是每層的 z 和 a</translation>
    </message>
    <message>
        <source>principal components</source>
        <translation>主成分</translation>
    </message>
    <message>
        <source>two units</source>
        <translation>兩個單元</translation>
    </message>
    <message>
        <source>How this layer is drawn when it has more than 2 units</source>
        <translation>當該層多於 2 個單元時如何繪製</translation>
    </message>
    <message>
        <source>Wide layer drawn on:</source>
        <translation>寬層繪製於：</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>there are no 2D data points to follow</source>
        <translation>沒有可跟隨的二維資料點</translation>
    </message>
    <message>
        <source>this network takes {0} inputs</source>
        <translation>這個網路有 {0} 個輸入</translation>
    </message>
    <message>
        <source>The space view follows the input plane through the layers, so it needs a 2-input network on 2D data (two moons, circles, spiral, ...); {0}.</source>
        <translation>空間檢視跟隨輸入平面穿過各層，因此需要二維資料上的 2 輸入網路（雙月、同心圓、螺旋……）；{0}。</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>類別 {0}</translation>
    </message>
    <message>
        <source>{0}. Grid of the input plane: blue x₁ = const, brown x₂ = const.</source>
        <translation>{0}。輸入平面的網格：藍色 x₁ = 常數，棕色 x₂ = 常數。</translation>
    </message>
    <message>
        <source> Dashed: the output&apos;s decision.</source>
        <translation>虛線：輸出的決策。</translation>
    </message>
    <message>
        <source> Yellow: the current sample and its last move.</source>
        <translation>黃色：當前樣本及其最近一次移動。</translation>
    </message>
    <message>
        <source>validation set #0 (no sample chosen)</source>
        <translation>驗證集第 0 個（未選樣本）</translation>
    </message>
    <message>
        <source>training set #0 (no sample chosen)</source>
        <translation>訓練集第 0 個（未選樣本）</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>無樣本</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — stage {1} of {2}: {3}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — 第 {1} / {2} 階段：{3}。</translation>
    </message>
    <message>
        <source> Dashed: the output&apos;s decision line, exact here</source>
        <translation>虛線：輸出的決策線，此處是精確的</translation>
    </message>
    <message>
        <source> Dashed: where the output&apos;s decision hyperplane meets the shown plane (through the data&apos;s mean)</source>
        <translation>虛線：輸出的決策超平面與所示平面（經過資料均值）的交線</translation>
    </message>
    <message>
        <source>; it puts {0:.1f} % of the points on their predicted side</source>
        <translation>；它把 {0:.1f} % 的點放在其預測的一側</translation>
    </message>
    <message>
        <source> Moving in the drawn 2D coordinates.</source>
        <translation>在所繪的二維座標中移動。</translation>
    </message>
    <message>
        <source> Sample: {0}.</source>
        <translation>樣本：{0}。</translation>
    </message>
    <message>
        <source>{0} unit {1}</source>
        <translation>{0} 單元 {1}</translation>
    </message>
    <message>
        <source>{0}: the direction the output reads</source>
        <translation>{0}：輸出讀取的方向</translation>
    </message>
    <message>
        <source>{0}: principal component across it</source>
        <translation>{0}：與之垂直的主成分</translation>
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
        <translation>這個階段最多 2 個單元：按原樣精確繪製。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Ready: press Train (Space)</source>
        <translation>就緒：按「訓練」（空格鍵）</translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation>輪次 {0:.2f}</translation>
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
        <translation>計算 {0:.1f} s</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>已停止：{0}</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>訓練中…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>{0:,.0f} samples/s</source>
        <translation>{0:,.0f} 樣本/秒</translation>
    </message>
</context>
<context>
    <name>StepThrough</name>
    <message>
        <source>loss L</source>
        <translation>損失 L</translation>
    </message>
    <message>
        <source>update W{0}, b{0}</source>
        <translation>更新 W{0}、b{0}</translation>
    </message>
    <message>
        <source>The class the loss compares the output with</source>
        <translation>損失拿來與輸出比較的類別</translation>
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
        <translation>最後一步</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>應用更新</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>target:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Train one step on this sample (the same code path as training) (Ctrl+Return)</source>
        <translation>在這個樣本上訓練一步（與訓練相同的程式碼路徑）(Ctrl+Return)</translation>
    </message>
    <message>
        <source>Put back the weights and optimizer state from before the last update (Ctrl+Z)</source>
        <translation>恢復上次更新之前的權重和優化器狀態 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>no sample chosen: using the first {0} example</source>
        <translation>未選樣本：使用第一個{0}樣本</translation>
    </message>
    <message>
        <source>No network yet: build one to step through it.</source>
        <translation>還沒有網路：先搭建一個才能逐步執行。</translation>
    </message>
    <message>
        <source>The step-through traces a class target; this dataset is a regression (watch it in the Function fit, Regression surface and Regression views).</source>
        <translation>逐步執行追蹤的是類別目標；這個資料集是迴歸（請在「函數擬合」「迴歸曲面」和「迴歸」檢視中觀察）。</translation>
    </message>
    <message>
        <source>No sample: load a dataset, or pick a sample to trace.</source>
        <translation>沒有樣本：請載入資料集，或選一個樣本來追蹤。</translation>
    </message>
    <message>
        <source>The sample has {0} values but the network takes {1} inputs: pick a sample of this dataset.</source>
        <translation>樣本有 {0} 個值，但網路有 {1} 個輸入：請選這個資料集中的樣本。</translation>
    </message>
    <message>
        <source>Cannot step through with these settings: {0}.</source>
        <translation>無法用這些設定逐步執行：{0}。</translation>
    </message>
    <message>
        <source> — label {0}</source>
        <translation> — 標籤 {0}</translation>
    </message>
    <message>
        <source> — its label {0} is not one of this network&apos;s {1} classes: the target is the predicted class; choose another →</source>
        <translation> — 它的標籤 {0} 不屬於這個網路的 {1} 個類別：目標取預測類別；可另選 →</translation>
    </message>
    <message>
        <source> — no label: the target is the predicted class; choose another →</source>
        <translation> — 沒有標籤：目標取預測類別；可另選 →</translation>
    </message>
    <message>
        <source>Cannot step through this network: {0}.</source>
        <translation>無法逐步執行這個網路：{0}。</translation>
    </message>
    <message>
        <source>Sample: {0}{1}</source>
        <translation>樣本：{0}{1}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>類別 {0}</translation>
    </message>
    <message>
        <source>Sample: none</source>
        <translation>樣本：無</translation>
    </message>
    <message>
        <source>Step {0} of {1}:  {2}</source>
        <translation>第 {0} / {1} 步：  {2}</translation>
    </message>
    <message>
        <source>loss on this sample before the update {0} → now {1}</source>
        <translation>此樣本上的損失：更新前 {0} → 現在 {1}</translation>
    </message>
    <message>
        <source>Too many numbers to list them all: the selected neuron&apos;s formula shows the largest terms.</source>
        <translation>數值太多無法全部列出：選中神經元的公式顯示最大的幾項。</translation>
    </message>
    <message>
        <source>the predicted class; click a node or a row to pick another</source>
        <translation>預測的類別；點選節點或行可另選</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>the largest {0} of layer {1}; click a node or a row to pick another</source>
        <translation>第 {1} 層中 {0} 最大者；點選節點或行可另選</translation>
    </message>
    <message>
        <source>&lt;b&gt;Neuron: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;神經元：{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>w¹ into unit {0}</source>
        <translation>進入單元 {0} 的 w¹</translation>
    </message>
    <message>
        <source>w·a: what each pixel adds to z¹{0}</source>
        <translation>w·a：每個像素對 z¹{0} 的貢獻</translation>
    </message>
    <message>
        <source>∂L/∂w¹ into unit {0}</source>
        <translation>進入單元 {0} 的 ∂L/∂w¹</translation>
    </message>
    <message>
        <source>Δw¹ into unit {0}</source>
        <translation>進入單元 {0} 的 Δw¹</translation>
    </message>
    <message>
        <source>Training is running: pause it to step through one sample and apply updates.</source>
        <translation>訓練正在進行：暫停後才能逐步執行一個樣本並應用更新。</translation>
    </message>
    <message>
        <source>Update applied: the loss on this sample went from {0} to {1}. Undo puts the weights back.</source>
        <translation>已應用更新：此樣本上的損失從 {0} 變為 {1}。「復原」可恢復權重。</translation>
    </message>
</context>
<context>
    <name>SurfaceRace</name>
    <message>
        <source>Run on the surface</source>
        <translation>在曲面上執行</translation>
    </message>
    <message>
        <source>Press Run: the ticked optimizers (with their own settings; the learning rates are the surface&apos;s own) start together at the white ring; × marks the minima.</source>
        <translation>按「執行」：勾選的優化器（各用自己的設定；學習率用曲面自己的）一起從白色圓環出發；× 標出最小值。</translation>
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
        <translation>z（加權輸入）</translation>
    </message>
    <message>
        <source>activation a</source>
        <translation>激活值 a</translation>
    </message>
    <message>
        <source>node: activation a</source>
        <translation>節點：激活值 a</translation>
    </message>
    <message>
        <source>Edges: </source>
        <translation>連線：</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>正權重</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>負權重</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;— thicker and darker = larger |w| (relative to the layer&apos;s largest).</source>
        <translation>&amp;nbsp;&amp;nbsp;— 越粗越深 = |w| 越大（相對於該層最大值）。</translation>
    </message>
    <message>
        <source> Hover for values, click a neuron to select it.</source>
        <translation>指向可檢視數值，點選神經元將其選中。</translation>
    </message>
    <message>
        <source>No network yet: build one in the Network panel.</source>
        <translation>還沒有網路：請在「網路」面板中搭建一個。</translation>
    </message>
    <message>
        <source>input
{0}</source>
        <translation>輸入
{0}</translation>
    </message>
    <message>
        <source> ({0}×{1} image)</source>
        <translation>（{0}×{1} 影像）</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>另有 {0} 個</translation>
    </message>
    <message>
        <source>step: {0}</source>
        <translation>步驟：{0}</translation>
    </message>
    <message>
        <source>node: {0}</source>
        <translation>節點：{0}</translation>
    </message>
    <message>
        <source>{0}: {1:,} of {2:,}</source>
        <translation>{0}：{2:,} 個之中的 {1:,} 個</translation>
    </message>
    <message>
        <source>Sample: {0}.</source>
        <translation>樣本：{0}。</translation>
    </message>
    <message>
        <source> Edges drawn: the strongest </source>
        <translation>所畫連線：最強的 </translation>
    </message>
    <message>
        <source> weights.</source>
        <translation>（權重）。</translation>
    </message>
    <message>
        <source>{0} {1} of {2}</source>
        <translation>{0} {2} 個之中的 {1} 個</translation>
    </message>
    <message>
        <source> Units shown (strongest): </source>
        <translation>所示單元（最強的）：</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>input pixel (row {0}, column {1}) = unit {2}: {3}</source>
        <translation>輸入像素（第 {0} 行，第 {1} 列）= 單元 {2}：{3}</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>edge value</source>
        <translation>連線值</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>step: η·drop every &apos;every&apos; epochs; exponential: η·gamma^epoch; cosine: from η down to lr_min over the run. Empty = the defaults shown</source>
        <translation>step：每 every 個輪次乘以 drop；exponential：η·gamma^輪次；cosine：在整個執行中從 η 降到 lr_min。留空 = 使用所示的預設值</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>Schedule settings</source>
        <translation>排程設定</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>{0} applies when you press Reset</source>
        <translation>{0}在按「重設」時生效</translation>
    </message>
    <message>
        <source>Not changed — {0}</source>
        <translation>未更改 — {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>initializer applies when you press Reset</source>
        <translation>初始化方法在按「重設」時生效</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <source>No network yet.</source>
        <translation>還沒有網路。</translation>
    </message>
    <message>
        <source>Which of the layers&apos; weights to show</source>
        <translation>顯示哪幾層的權重</translation>
    </message>
    <message>
        <source>W{0}–W{1} of {2} layers</source>
        <translation>共 {2} 層中的 W{0}–W{1}</translation>
    </message>
    <message>
        <source>W{0} of {1} layers</source>
        <translation>共 {1} 層中的 W{0}</translation>
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
        <translation>沒有可訓練的網路或資料集</translation>
    </message>
    <message>
        <source>Reset the trained weights?</source>
        <translation>重設已訓練的權重？</translation>
    </message>
    <message>
        <source>{0} starts again from new weights: the {1:.1f} epochs trained so far are dropped (save first to keep them). Continue?</source>
        <translation>{0}會從新的權重重新開始：目前已訓練的 {1:.1f} 個輪次將被丟棄（如需保留請先儲存）。繼續嗎？</translation>
    </message>
    <message>
        <source>Changing the network</source>
        <translation>更改網路</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Reset: the same initial weights as before</source>
        <translation>重設：與之前相同的初始權重</translation>
    </message>
    <message>
        <source>Weights re-initialised ({0}, seed {1})</source>
        <translation>權重已重新初始化（{0}，種子 {1}）</translation>
    </message>
    <message>
        <source>Load dataset</source>
        <translation>載入資料集</translation>
    </message>
    <message>
        <source>Regenerate the data</source>
        <translation>重新生成資料</translation>
    </message>
    <message>
        <source>Regenerating the data</source>
        <translation>重新生成資料</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>正在載入 MNIST…</translation>
    </message>
    <message>
        <source>Switching to {0}</source>
        <translation>正在切換到 {0}</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>輸入特徵</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>開啟模型</translation>
    </message>
    <message>
        <source>Opened {0} (ONNX: {1}); Save writes a .bps</source>
        <translation>已開啟 {0}（ONNX：{1}）；儲存時寫入 .bps 檔案</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已開啟 {0}</translation>
    </message>
    <message>
        <source>the model was trained on MNIST, which is not on this computer: get it with File → Download MNIST… or File → Import MNIST…, then open the model again</source>
        <translation>這個模型是在 MNIST 上訓練的，但這臺電腦上沒有 MNIST：請用「檔案 → 下載 MNIST…」或「檔案 → 匯入 MNIST…」獲取，然後重新開啟模型</translation>
    </message>
    <message>
        <source>the model was trained on the table {0}, which is not beside it: put the file next to the model, or import it with File → Import table…</source>
        <translation>這個模型是在表格 {0} 上訓練的，但它不在模型旁邊：請把該檔案放到模型旁邊，或用「檔案 → 匯入表格…」匯入</translation>
    </message>
    <message>
        <source>Pausing to save…</source>
        <translation>正在暫停以便儲存…</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>儲存模型</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>匯出 ONNX</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已匯出 {0}</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>匯出 PyTorch 腳本</translation>
    </message>
    <message>
        <source>{0}{1} applies at the next Reset</source>
        <translation>{0}{1}在下次重設時生效</translation>
    </message>
    <message>
        <source>New weights from it at the next Reset (Ctrl+R)</source>
        <translation>下次重設 (Ctrl+R) 時由它生成新的權重</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>無法訓練</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>訓練已停止</translation>
    </message>
    <message>
        <source>Cannot train: {0}</source>
        <translation>無法訓練：{0}</translation>
    </message>
    <message>
        <source>The trainer trains another network: reset the model first.</source>
        <translation>訓練器在訓練另一個網路：請先重設模型。</translation>
    </message>
    <message>
        <source>No update: {0}; the weights are unchanged.</source>
        <translation>未更新：{0}；權重沒有改變。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>沒有可復原的操作。</translation>
    </message>
    <message>
        <source>Nothing to undo: the model or its trainer was replaced.</source>
        <translation>沒有可復原的操作：模型或其訓練器已被替換。</translation>
    </message>
    <message>
        <source>Nothing to undo: the weights changed since the update (training, a reset).</source>
        <translation>沒有可復原的操作：更新之後權重已改變（訓練或重設）。</translation>
    </message>
    <message>
        <source>Fine-tuning is already running.</source>
        <translation>微調已在進行中。</translation>
    </message>
    <message>
        <source>Pause training first: fine-tuning would fight it.</source>
        <translation>請先暫停訓練：微調會與之衝突。</translation>
    </message>
    <message>
        <source>the weights changed while fine-tuning ran (training, a reset or an update): the fine-tuned weights were not applied</source>
        <translation>微調期間權重發生了改變（訓練、重設或更新）：微調後的權重未被應用</translation>
    </message>
</context>
<context>
    <name>_Layer</name>
    <message>
        <source>from unit ({0})</source>
        <translation>來自單元（{0}）</translation>
    </message>
    <message>
        <source>to unit ({0})</source>
        <translation>到單元（{0}）</translation>
    </message>
    <message>
        <source>histogram of W{0}</source>
        <translation>W{0} 的直方圖</translation>
    </message>
    <message>
        <source>count</source>
        <translation>數量</translation>
    </message>
</context>
<context>
    <name>_LayerRow</name>
    <message>
        <source>Units in this hidden layer (1–{0})</source>
        <translation>這個隱藏層的單元數（1–{0}）</translation>
    </message>
    <message>
        <source>Remove this hidden layer</source>
        <translation>刪除這個隱藏層</translation>
    </message>
</context>
</TS>
