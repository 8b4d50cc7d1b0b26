namespace FineTune.Pipeline.Lora.Tests.Inference;

/// <summary>The test classes that share one <see cref="TrainedToyModel"/> (it takes seconds to train).</summary>
[CollectionDefinition(Name)]
public sealed class TrainedToyModelGroup : ICollectionFixture<TrainedToyModel>
{
    public const string Name = "trained toy model";
}
