"""Data: datasets (2D toys, MNIST), IDX files, images, preprocessing, augmentation, My digits."""
