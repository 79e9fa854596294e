package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist/render/catalog"
)

// completionShells are the shells cobra writes completion scripts for.
var completionShells = [...]string{"bash", "zsh", "fish", "powershell"}

// newCmdCompletion is cobra's default completion command
// (InitDefaultCompletionCmd) made in the language of help from the start:
// cobra's own formats four long English help texts at every start, only
// for localize to replace them. completion_test.go holds it to cobra's.
func newCmdCompletion(m *catalog.CLIMessages) *cobra.Command {
	cmd := &cobra.Command{
		Use:               "completion",
		Short:             m.CompletionShort,
		Long:              m.CompletionLong,
		Args:              cobra.NoArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	for _, shell := range completionShells {
		cmd.AddCommand(newCmdCompletionShell(m, shell))
	}
	return cmd
}

func newCmdCompletionShell(m *catalog.CLIMessages, shell string) *cobra.Command {
	var noDesc bool
	cmd := &cobra.Command{
		Use:   shell,
		Short: fmt.Sprintf(m.CompletionShell, shell),
		Long:  completionLong(m, shell),
		Args:  cobra.NoArgs,
		// As in cobra, where only bash's usage line leaves out [flags].
		DisableFlagsInUseLine: shell == "bash",
		ValidArgsFunction:     cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeCompletion(cmd.Root(), cmd.OutOrStdout(), shell, !noDesc)
		},
	}
	cmd.Flags().BoolVar(&noDesc, "no-descriptions", false, m.NoDescriptions)
	return cmd
}

// writeCompletion writes a shell's completion script, as cobra's
// completion command does.
func writeCompletion(root *cobra.Command, w io.Writer, shell string, desc bool) error {
	switch shell {
	case "bash":
		return root.GenBashCompletionV2(w, desc)
	case "zsh":
		if desc {
			return root.GenZshCompletion(w)
		}
		return root.GenZshCompletionNoDesc(w)
	case "fish":
		return root.GenFishCompletion(w, desc)
	}
	if desc {
		return root.GenPowerShellCompletionWithDesc(w)
	}
	return root.GenPowerShellCompletion(w)
}

// completionLong is how to load a shell's completion script, in the
// current session and in every new one; each shell has its own way.
func completionLong(m *catalog.CLIMessages, shell string) string {
	switch shell {
	case "bash":
		return m.CompletionBash
	case "zsh":
		return m.CompletionZsh
	case "fish":
		return m.CompletionFish
	case "powershell":
		return m.CompletionPowerShell
	}
	return fmt.Sprintf(m.CompletionShell, shell)
}
