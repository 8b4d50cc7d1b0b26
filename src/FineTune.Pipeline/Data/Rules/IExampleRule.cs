using FineTune.Pipeline.Data.Model;

namespace FineTune.Pipeline.Data.Rules;

/// <summary>
/// A check of one example on its own. Implementations are stateless and run concurrently on worker threads;
/// they report through the context and never throw on bad data.
/// </summary>
internal interface IExampleRule
{
    RuleDescriptor Descriptor { get; }

    void Check(ChatExample example, ExampleContext context);
}
