# What PowerShell's own parser makes of a text, as plain facts for the TypeScript checks
# (test/powershell/checks.ts): its parse errors, the syntax that only PowerShell 6 or 7 accepts
# (Windows PowerShell 5.1, on every Windows, rejects it), and every command with its parameters
# and arguments in order. The parser is PowerShell 7's: it reads 7-only syntax without an
# error, so that syntax is looked for in its tokens and syntax tree.

using namespace System.Management.Automation.Language

# Token kinds that exist only since PowerShell 7: the ternary, pipeline chains, null-coalescing
# and null-conditional member access.
$Pwsh7Tokens = @{
    'QuestionMark'           = 'the ternary operator ? :'
    'AndAnd'                 = 'the pipeline chain operator &&'
    'OrOr'                   = 'the pipeline chain operator ||'
    'QuestionQuestion'       = 'the null-coalescing operator ??'
    'QuestionQuestionEquals' = 'the null-coalescing assignment ??='
    'QuestionDot'            = 'the null-conditional member access ?.'
    'QuestionLBracket'       = 'the null-conditional index ?[]'
}

# Automatic variables that Windows PowerShell 5.1 does not have (they are empty there).
$Pwsh7Variables = @('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR', 'PSStyle', 'EnabledExperimentalFeatures',
    'PSNativeCommandArgumentPassing', 'PSNativeCommandUseErrorActionPreference')

function Get-Pwsh7Syntax {
    param([Ast]$Ast, [Token[]]$Tokens)
    $found = [System.Collections.Generic.List[object]]::new()
    $add = { param($what, $extent) $found.Add([ordered]@{ what = $what; text = $extent.Text; line = $extent.StartLineNumber }) }
    foreach ($token in $Tokens) {
        $kind = $token.Kind.ToString()
        if ($Pwsh7Tokens.ContainsKey($kind)) { & $add $Pwsh7Tokens[$kind] $token.Extent }
        # Number suffixes u, y, uy, s, us, ul, n and binary 0b literals came in PowerShell 6.2 and 7.
        if ($token.Kind -eq [TokenKind]::Number) {
            $text = $token.Text -replace '(?i)(kb|mb|gb|tb|pb)$', ''
            if ($text -match '(?i)^0b[01]+' -or ($text -notmatch '(?i)^0x' -and $text -match '(?i)(uy|us|ul|u|y|s|n)$')) {
                & $add 'a number literal PowerShell 6.2 or 7 introduced (binary 0b, or a u/y/s/n suffix)' $token.Extent
            }
        }
        # The escapes `e (escape) and `u{…} (a Unicode character) came in PowerShell 6.
        if ($token -is [StringExpandableToken] -and $token.Text -match '(?<!`)`(e|u\{)') {
            & $add 'the string escape `e or `u{…} (PowerShell 6)' $token.Extent
        }
        if ($token -is [VariableToken] -and $Pwsh7Variables -contains $token.Name) {
            & $add "the automatic variable `$$($token.Name) (PowerShell 6)" $token.Extent
        }
    }
    foreach ($node in $Ast.FindAll({ $true }, $true)) {
        if ($node -is [PipelineAst] -and $node.Background) { & $add 'the background operator & at the end of a pipeline' $node.Extent }
        if ($node -is [ScriptBlockAst] -and $null -ne $node.CleanBlock) { & $add 'the clean block (PowerShell 7.3)' $node.CleanBlock.Extent }
        if ($node -is [InvokeMemberExpressionAst] -and $node.GenericTypeArguments.Count -gt 0) {
            & $add 'a generic method call $x.Method[T]() (PowerShell 7.3)' $node.Extent
        }
        if ($node -is [CommandAst] -and $node.GetCommandName() -in @('ForEach-Object', '%', 'foreach')) {
            foreach ($element in $node.CommandElements) {
                if ($element -is [CommandParameterAst] -and 'Parallel'.StartsWith($element.ParameterName, 'OrdinalIgnoreCase') -and $element.ParameterName.Length -ge 2) {
                    & $add 'ForEach-Object -Parallel (PowerShell 7)' $node.Extent
                }
            }
        }
    }
    $found
}

function Get-CommandFacts {
    param([Ast]$Ast)
    foreach ($command in $Ast.FindAll({ param($n) $n -is [CommandAst] }, $true)) {
        $elements = foreach ($element in ($command.CommandElements | Select-Object -Skip 1)) {
            if ($element -is [CommandParameterAst]) {
                [ordered]@{ parameter = $element.ParameterName; inline = $null -ne $element.Argument; text = $element.Extent.Text }
            } else {
                $splat = $element -is [VariableExpressionAst] -and $element.Splatted
                [ordered]@{ argument = $element.Extent.Text; splat = $splat }
            }
        }
        [ordered]@{
            name = $command.GetCommandName()
            invocation = $command.InvocationOperator.ToString()
            text = $command.Extent.Text
            line = $command.Extent.StartLineNumber
            elements = @($elements)
        }
    }
}

function Get-ScriptFacts {
    param([string]$Text)
    $tokens = $null
    $errors = $null
    $ast = [Parser]::ParseInput($Text, [ref]$tokens, [ref]$errors)
    [ordered]@{
        errors = @($errors | ForEach-Object {
            [ordered]@{ message = $_.Message; id = $_.ErrorId; line = $_.Extent.StartLineNumber; column = $_.Extent.StartColumnNumber; text = $_.Extent.Text }
        })
        pwsh7 = @(Get-Pwsh7Syntax -Ast $ast -Tokens $tokens)
        commands = @(Get-CommandFacts -Ast $ast)
    }
}
