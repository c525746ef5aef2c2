//! Only a container doc comment.
// and a comment
