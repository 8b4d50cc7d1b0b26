namespace FineTune.Pipeline.Config.Checks;

/// <summary>One check of the bound configuration that spans keys or looks outside the yaml (files, catalog, clock).</summary>
internal interface IConfigCheck
{
    void Check(ConfigCheckContext context);
}
