namespace FineTune.Pipeline.Config.Checks;

/// <summary>Only version 1 of the file format exists.</summary>
internal sealed class VersionCheck : IConfigCheck
{
    public const int Supported = 1;

    public void Check(ConfigCheckContext context)
    {
        var version = context.Config.Version;
        if (version != Supported && !context.Locations.Failed("version"))
        {
            context.Error(ConfigCodes.UnsupportedVersion, "version", $"`version: {version}` is not supported; this finetune reads version {Supported}. Write `version: {Supported}`, or update the tool if the file was written for a newer one.");
        }
    }
}
