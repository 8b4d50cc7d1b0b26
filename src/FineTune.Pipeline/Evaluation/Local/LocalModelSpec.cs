namespace FineTune.Pipeline.Evaluation.Local;

/// <summary>
/// A model of the evaluation that runs in-process: the Hugging Face checkpoint folder, and the PEFT adapter
/// folder on top of it (null: the base model itself). Paths are absolute.
/// </summary>
public sealed record LocalModelSpec(string Name, string Checkpoint, string? Adapter);
