namespace FineTune.Pipeline.Runner;

/// <summary>
/// Reads <c>finetune &lt;target&gt; [-c|--config FILE] [--report-dir DIR] [--dry-run] [--exclusive]
/// [--compare REF] [--force-new] [--no-color] [--verbose] [--version] [--help]</c>. Accepts <c>--name=value</c>,
/// and <c>--target NAME</c> / <c>--dryrun</c> as Cake spells them. Never throws on user input.
/// </summary>
public static class CommandLineParser
{
    private static readonly string[] ValueOptions = ["--config", "--report-dir", "--compare", "--target"];
    private static readonly string[] FlagOptions = ["--dry-run", "--exclusive", "--force-new", "--no-color", "--verbose", "--version", "--help"];

    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new RunOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                return Error("'--' is not supported; write the target before the options.");
            }

            if (!arg.StartsWith('-') || arg == "-")
            {
                if (options.Target is not null)
                {
                    return TwoTargets(options.Target, arg);
                }

                options = options with { Target = arg };
                continue;
            }

            var (name, inlineValue) = Split(Canonical(arg));
            if (ValueOptions.Contains(name))
            {
                var value = inlineValue;
                if (value is null)
                {
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return Error($"option '{name}' needs a value.");
                    }

                    value = args[++i];
                }

                if (value.Length == 0)
                {
                    return Error($"option '{name}' needs a non-empty value.");
                }

                if (name == "--target" && options.Target is not null)
                {
                    return TwoTargets(options.Target, value);
                }

                options = name switch
                {
                    "--config" => options with { ConfigPath = value },
                    "--report-dir" => options with { ReportDir = value },
                    "--compare" => options with { CompareRef = value },
                    _ => options with { Target = value },
                };
                continue;
            }

            if (FlagOptions.Contains(name))
            {
                if (inlineValue is not null)
                {
                    return Error($"option '{name}' takes no value.");
                }

                options = name switch
                {
                    "--dry-run" => options with { DryRun = true },
                    "--exclusive" => options with { Exclusive = true },
                    "--force-new" => options with { ForceNew = true },
                    "--no-color" => options with { NoColor = true },
                    "--verbose" => options with { Verbose = true },
                    "--version" => options with { ShowVersion = true },
                    _ => options with { ShowHelp = true },
                };
                continue;
            }

            var suggestion = Suggestions.Closest(name, ValueOptions.Concat(FlagOptions));
            return Error($"unknown option '{arg}'." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?"));
        }

        if (options.Target is null && !options.ShowHelp && !options.ShowVersion)
        {
            return Error("no target given. Say what to run, for example 'finetune validate'.");
        }

        return new ParsedCommandLine(options, null);
    }

    private static ParsedCommandLine Error(string message) => new(null, message);

    private static ParsedCommandLine TwoTargets(string first, string second)
        => Error($"only one target can be given, got '{first}' and '{second}'.");

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    /// <summary>Maps short and alternative spellings to the long option.</summary>
    private static string Canonical(string arg)
    {
        var (name, value) = Split(arg);
        var canonical = name switch
        {
            "-c" => "--config",
            "-t" => "--target",
            "-e" => "--exclusive",
            "-v" => "--verbose",
            "-h" or "-?" or "/?" => "--help",
            "--dryrun" or "--whatif" => "--dry-run",
            "--nocolor" => "--no-color",
            _ => name,
        };
        return value is null ? canonical : canonical + "=" + value;
    }
}
