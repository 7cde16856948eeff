"""Training: the settings table, optimizers, learning-rate schedules, the trainer, fine-tuning."""
