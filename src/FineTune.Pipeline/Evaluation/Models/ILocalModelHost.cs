namespace FineTune.Pipeline.Evaluation.Models;

/// <summary>
/// A model checkpoint loaded in-process once (by the LoRA backend), with an optional adapter: hands out
/// chat views of the base model (adapter off) and of the tuned model (adapter on) that share the weights
/// and take turns on them. Dispose it when the evaluation is over (frees the native memory).
/// </summary>
public interface ILocalModelHost : IDisposable
{
    /// <summary>True when an adapter was loaded, so that <see cref="Create"/> can give the tuned view.</summary>
    bool HasAdapter { get; }

    /// <summary>
    /// A chat view named <paramref name="name"/> (reports, cache key) at <paramref name="endpoint"/> (cache key:
    /// <c>local:</c> + checkpoint + content hashes); with the adapter when <paramref name="adapter"/> is true.
    /// Its answers report the prompt and completion token counts.
    /// </summary>
    IChatModel Create(string name, string endpoint, bool adapter);
}
