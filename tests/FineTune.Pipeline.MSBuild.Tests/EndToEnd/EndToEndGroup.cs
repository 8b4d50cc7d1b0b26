namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>The end-to-end tests share one pack and run one after another (each is a real dotnet build).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<PackageFeed>
{
    public const string Name = "MSBuild end to end";
}
