using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.MSBuild.Logging;
using FineTune.Pipeline.MSBuild.Tests.Fakes;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FineTune.Pipeline.MSBuild.Tests.Logging;

public sealed class DiagnosticLoggerTests
{
    private static readonly string Project = Path.Combine(Path.GetTempPath(), "ft-logger", "app");

    private readonly FakeBuildEngine _engine = new();

    private DiagnosticLogger CreateLogger()
    {
        var helper = new TaskLoggingHelper(_engine, "FineTuneValidateData");
        return new DiagnosticLogger(helper, new DiagnosticPaths(Project, Project, fullPaths: false));
    }

    [Fact]
    public void An_error_keeps_its_code_file_line_and_column()
    {
        CreateLogger().Log(new Diagnostic(Severity.Error, "FT1003", "data/train.jsonl", 12, 5, "line is not valid JSON."));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(new LoggedEvent("error", "FT1003", "data/train.jsonl", 12, 5, "line is not valid JSON.", MessageImportance.High), error);
    }

    [Fact]
    public void A_warning_is_a_warning_with_its_code_so_NoWarn_and_warnaserror_can_match_it()
    {
        CreateLogger().Log(new Diagnostic(Severity.Warning, "FT3001", Path.Combine(Project, "data", "train.jsonl"), 4, 1, "duplicate example."));

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("FT3001", warning.Code);
        Assert.Equal("data/train.jsonl(4,1): warning FT3001: duplicate example.", warning.ToString());
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void A_whole_file_finding_has_no_line_or_column()
    {
        CreateLogger().Log(new Diagnostic(Severity.Error, "FT1001", "data/train.jsonl", 0, 7, "file not found."));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal((0, 0), (error.Line, error.Column));
    }

    [Fact]
    public void A_column_below_one_on_a_real_line_becomes_one()
    {
        CreateLogger().Log(new Diagnostic(Severity.Error, "FT2001", "data/train.jsonl", 3, 0, "missing messages."));

        Assert.Equal(1, Assert.Single(_engine.Errors).Column);
    }

    [Fact]
    public void Info_is_a_normal_message_and_off_is_not_logged()
    {
        var logger = CreateLogger();
        logger.Log(new Diagnostic(Severity.Info, "FT6100", null, 0, 0, "epochs chosen automatically."));
        logger.Log(new Diagnostic(Severity.Off, "FT3002", null, 0, 0, "switched off."));

        var message = Assert.Single(_engine.Events);
        Assert.Equal(("message", "FT6100", MessageImportance.Normal), (message.Kind, message.Code, message.Importance));
    }

    [Fact]
    public void Braces_in_messages_are_printed_as_written()
    {
        CreateLogger().Log(new Diagnostic(Severity.Error, "FT1003", "data/train.jsonl", 1, 1, "unexpected '{' in {\"messages\": ...}."));

        Assert.Equal("unexpected '{' in {\"messages\": ...}.", Assert.Single(_engine.Errors).Message);
    }
}
