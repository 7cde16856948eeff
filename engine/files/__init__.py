"""Files: the model file, ONNX/npz export, atomic writes, the per-user data folder."""
