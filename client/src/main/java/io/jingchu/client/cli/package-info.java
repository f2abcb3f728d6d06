/**
 * The {@code jingchu} command-line tool: {@link io.jingchu.client.cli.JingchuCommand} and one class per
 * subcommand (login, logout, search, show, put, submit, publish, reject, retire, history, regions, stats,
 * load, versions, rows, export, verify), all built on {@link io.jingchu.client.JingchuClient}. Output is for people
 * (tables aligned by display width, Chinese labels by default) unless {@code --json} is asked for; progress
 * goes to standard error.
 */
package io.jingchu.client.cli;
