// Package atomicfile replaces files safely, for every file samskab writes.
//
// Every write goes to a temporary file in the target's own folder, is
// synced, and is renamed over the target, after which the folder is synced:
// a reader, a crash or a signal sees the old file or the complete new one,
// never a mix. On top of that, a write respects what is on disk:
//
//   - only a regular file is replaced; a folder, device, named pipe or
//     socket is refused (ErrIsDir, ErrNotRegular);
//   - a symbolic link (also a chain, relative or absolute, or one whose
//     target does not exist yet) is written through to its final target
//     and stays a link; a loop is refused (ErrSymlinkLoop);
//   - a read-only file is refused (ErrReadOnly): one whose owner write bit
//     is clear, or, when running as root, one with no write bit at all;
//   - a file owned by another user is refused (ErrNotOwner), because the
//     rename would hand it to the user running samskab;
//   - the existing file's permission bits (and, where allowed, its group)
//     are kept; a new file gets 0666 minus the umask, like any file the
//     shell creates. A private file (CreatePrivate, WritePrivateFile) is
//     0600 instead, from its temporary file on, whatever it was before.
//
// Many writers, one file: Lock takes an exclusive advisory lock (flock(2)
// on a lock file beside the final target, ".NAME.lock"), and Update does a
// whole read-modify-write under it. WriteFile and (*File).Commit take the
// same lock for the moment of the rename, so a blind write never lands in
// the middle of someone else's Update. The lock is advisory: it protects
// against samskab processes, not against an editor.
//
// Signals: every temporary file not yet committed is in a package-level
// registry. AbortAll removes them; NotifyContext is the signal handler for
// a command that writes files (see its documentation).
//
// Error messages leave out the path the caller gave, because samskab's
// commands print it in front ("plan.yaml: is read-only; …"); the path is in
// the *Error for callers that need it.
package atomicfile
