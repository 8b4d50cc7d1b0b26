namespace FineTune.Pipeline.Tool.Tests.Packaging;

/// <summary>Every class in this collection shares one packed and installed tool: packing is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class InstalledToolGroup : ICollectionFixture<ToolPackageFixture>
{
    public const string Name = "installed finetune tool";
}
