<?php
// Test glue, not WordPress: turns an oEmbed answer into the HTML WordPress puts in a post, with
// WordPress's own code from its Debian package. Reads the answer (JSON) on stdin and prints what
// WP_oEmbed::data2html returns once the `oembed_dataparse` filters of default-filters.php have run
// (wp_filter_oembed_iframe_title_attribute, wp_filter_oembed_result).
// Usage: php tests/cms/wordpress-oembed.php /path/to/wordpress https://joldau.example.kz/ru/speech/economy/ < answer.json
$root = rtrim($argv[1], '/');
$url = $argv[2];
define('ABSPATH', "$root/");
define('WPINC', 'wp-includes');

// A WordPress without database: the two settings these functions read.
function home_url($path = '') {
  return 'http://wordpress.test/' . ltrim($path, '/');
}

foreach (['load', 'plugin', 'formatting', 'kses', 'functions', 'class-wp-list-util', 'class-wp-oembed', 'embed', 'pluggable', 'blocks', 'class-wp-block-parser', 'default-filters'] as $file) {
  require_once ABSPATH . WPINC . "/$file.php";
}
add_filter('pre_option_blog_charset', fn() => 'UTF-8');

$data = json_decode(stream_get_contents(STDIN));
$html = _wp_oembed_get_object()->data2html($data, $url);
if ($html === false) {
  fwrite(STDERR, "WordPress rejected the oEmbed answer of $url\n");
  exit(1);
}
echo $html;
